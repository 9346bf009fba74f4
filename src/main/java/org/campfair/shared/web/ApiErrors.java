package org.campfair.shared.web;

import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.i18n.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the errors a caller can cause into RFC 9457 problem details with a plain message, for
 * the controllers marked {@link JsonApi}. A feature adds its own errors in an advice of its
 * own (the roster's conflicts in RosterApiErrors).
 */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * A body that is not JSON or has a value of the wrong form, named by its field
     * ({@link FieldErrors#unreadable}): answered here so Spring does not log the parser's
     * message, which quotes the offending value (a participant's email, say).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return FieldErrors.unreadable(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Missing or refused fields of a request body, listed one by one. */
    @ExceptionHandler(RefusedFieldsException.class)
    ProblemDetail refusedFields(RefusedFieldsException e) {
        return FieldErrors.problem(e);
    }

    /** A change the rules refuse, such as a weight out of range: said in English, as the other errors are. */
    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Translations.text(Translations.ENGLISH, e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(StaleRecordException.class)
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
