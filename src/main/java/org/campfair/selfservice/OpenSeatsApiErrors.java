package org.campfair.selfservice;

import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The open-seats and offers APIs' errors as RFC 9457 problem details with a plain English message: a seat
 * someone else took first is a conflict (409), a rule that refuses the seat a bad request (400).
 */
@RestControllerAdvice(assignableTypes = {OpenSeatsApi.class, SeatOffersApi.class, WaitingListsApi.class,
    SelfServiceApi.class})
class OpenSeatsApiErrors {

    /**
     * The seat or the offer is no longer as the request found it: someone else was quicker, the
     * offer or hold ended, or the organizers moved or are re-planning the shift.
     */
    static final java.util.Set<String> CONFLICTS = java.util.Set.of("openSeats.refused.taken", "offers.refused.gone",
            "openSeats.refused.held", "waitingList.refused.gone", "waitingList.refused.already",
            "offers.refused.withdrawn", "offers.refused.expired", "offers.refused.takenByOther",
            "offers.refused.declined", "offers.refused.passedOn", "offers.refused.accepted",
            "offers.refused.tookIt", "offers.refused.youAccepted",
            "offers.refused.replanning", "selfService.refused.moved", "waitingList.refused.taken",
            "waitingList.refused.declined", "waitingList.refused.expired", "waitingList.refused.filled");

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Answered here so Spring does not log the parser's message, which quotes the value sent. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return FieldErrors.unreadable(e);
    }

    /** Fields of a request body refused one by one, such as only some of a shift's times. */
    @ExceptionHandler(RefusedFieldsException.class)
    ProblemDetail refusedFields(RefusedFieldsException e) {
        return FieldErrors.problem(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only a participant changes their own seats, and only the camp's organizers approve changes");
    }

    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                e.messageKey().equals("openSeats.refused.busy") ? HttpStatus.SERVICE_UNAVAILABLE
                        : CONFLICTS.contains(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                Translations.text(Translations.ENGLISH, e.messageKey(), e.arguments()));
        problem.setProperty("reason", e.messageKey());
        return problem;
    }
}
