package org.campfair.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every log line written while a request is served carries the request's id and, for a camp's
 * pages and API, the camp's id (log fields {@code requestId} and {@code campId}): enough to
 * follow one request or one camp through the log without any personal data. A proxy's
 * {@code X-Request-Id} is kept when it looks like an id, so its log and ours line up; the id
 * goes back in the response header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogContext extends OncePerRequestFilter {

    static final String REQUEST_ID = "requestId";
    static final String CAMP_ID = "campId";
    private static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern CAMP_PATH = Pattern.compile("^/(?:api/)?camps/(\\d{1,18})(?:/|$)");

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && SAFE_ID.matcher(given).matches() ? given : newId();
        MDC.put(REQUEST_ID, requestId);
        var camp = CAMP_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (camp.find()) {
            MDC.put(CAMP_ID, camp.group(1));
        }
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(CAMP_ID);
        }
    }

    private String newId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
