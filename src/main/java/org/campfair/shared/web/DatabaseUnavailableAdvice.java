package org.campfair.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private final long retryAfterSeconds;
    private final Counter unavailable;

    DatabaseUnavailableAdvice(@Value("${campfair.db.retry-after-seconds:10}") long retryAfterSeconds,
            MeterRegistry meters) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.unavailable = DatabaseUnavailableFilter.unavailableCounter(meters);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class})
    void unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), RedactedPath.of(request), e.getMessage());
        unavailable.increment();
        DatabaseUnavailable.write(request, response, retryAfterSeconds);
    }
}
