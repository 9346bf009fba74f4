package org.campfair.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    private final DatabaseUnavailableAnswer answer;

    DatabaseUnavailableFilter(DatabaseUnavailableAnswer answer) {
        this.answer = answer;
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
            answer.send(e, request, response);
        }
    }
}
