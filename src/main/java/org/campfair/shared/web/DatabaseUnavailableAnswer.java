package org.campfair.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What happens to a request the database failed, wherever it is caught (a controller's
 * handler or the outermost filter): one log line with the path redacted, one count in the
 * metrics, and the 503 with Retry-After that {@link DatabaseUnavailable} writes.
 */
@Component
class DatabaseUnavailableAnswer {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAnswer.class);

    private final long retryAfterSeconds;
    private final Counter unavailable;

    DatabaseUnavailableAnswer(@Value("${campfair.db.retry-after-seconds:10}") long retryAfterSeconds,
            MeterRegistry meters) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.unavailable = Counter.builder("campfair.http.database_unavailable")
                .description("Requests answered 503 because the database could not be reached").register(meters);
    }

    void send(Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), RedactedPath.of(request),
                failure.getMessage());
        unavailable.increment();
        DatabaseUnavailable.write(request, response, retryAfterSeconds);
    }
}
