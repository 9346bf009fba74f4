package org.campfair.selfservice;

import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The open-seats API's errors as RFC 9457 problem details with a plain English message: a seat
 * someone else took first is a conflict (409), a rule that refuses the seat a bad request (400).
 */
@RestControllerAdvice(assignableTypes = OpenSeatsApi.class)
class OpenSeatsApiErrors {

    static final String TAKEN = "openSeats.refused.taken";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Only a participant takes seats for themselves");
    }

    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                TAKEN.equals(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                Translations.text(Translations.ENGLISH, e.messageKey(), e.arguments()));
        problem.setProperty("reason", e.messageKey());
        return problem;
    }
}
