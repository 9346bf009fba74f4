package org.campfair.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside everything else (security, MVC, Vaadin): a request that fails because PostgreSQL
 * is away gets 503 with Retry-After instead of a 500 and a stack trace. Controllers' own
 * handlers answer the same way ({@link DatabaseUnavailableAdvice}); this catches the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final long retryAfterSeconds;
    private final Counter unavailable;

    DatabaseUnavailableFilter(@Value("${campfair.db.retry-after-seconds:10}") long retryAfterSeconds,
            MeterRegistry meters) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.unavailable = unavailableCounter(meters);
    }

    static Counter unavailableCounter(MeterRegistry meters) {
        return Counter.builder("campfair.http.database_unavailable")
                .description("Requests answered 503 because the database could not be reached").register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), RedactedPath.of(request),
                    e.getMessage());
            unavailable.increment();
            DatabaseUnavailable.write(request, response, retryAfterSeconds);
        }
    }
}
