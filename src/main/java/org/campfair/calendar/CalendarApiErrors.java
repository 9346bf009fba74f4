package org.campfair.calendar;

import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The calendar API's errors as RFC 9457 problem details with a plain message. */
@RestControllerAdvice(assignableTypes = CalendarApi.class)
class CalendarApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Field errors in English, as the API's other messages are. */
    @ExceptionHandler(RefusedFieldsException.class)
    ProblemDetail refusedFields(RefusedFieldsException e) {
        return FieldErrors.problem(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
