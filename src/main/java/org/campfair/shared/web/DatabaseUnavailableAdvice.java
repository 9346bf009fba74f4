package org.campfair.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every controller's "database unreachable" failure with 503 and Retry-After, ahead
 * of the features' own error handlers, which know nothing of the database.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private final DatabaseUnavailableAnswer answer;

    DatabaseUnavailableAdvice(DatabaseUnavailableAnswer answer) {
        this.answer = answer;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class})
    void unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        answer.send(e, request, response);
    }
}
