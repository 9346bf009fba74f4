package org.campfair.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.campfair.shared.web.DatabaseUnavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API and the actuator answer when a request is not signed in: a JSON problem, the
 * same for every kind of failure (no credentials, wrong password, unknown account, unknown,
 * revoked or expired token), so an answer reveals nothing. Two exceptions: a throttled
 * sign-in is 429 with Retry-After, and an unreachable database (where accounts live) is a
 * 503 to retry, not a wrong password. The Basic challenge stays for older clients.
 */
final class ApiEntryPoint implements AuthenticationEntryPoint {

    static final String UNAUTHORIZED = "Sign in with an API token (Authorization: Bearer cf_...) or HTTP Basic.";
    static final String TOO_MANY = "Too many failed sign-ins from this account or address. Try again later.";

    private final long databaseRetryAfterSeconds;

    ApiEntryPoint(long databaseRetryAfterSeconds) {
        this.databaseRetryAfterSeconds = databaseRetryAfterSeconds;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (DatabaseUnavailable.causedBy(failure)) {
            DatabaseUnavailable.write(request, response, databaseRetryAfterSeconds);
        } else if (failure instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            problem(request, response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Realm\"");
            problem(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED);
        }
    }

    /** Writes an RFC 9457 problem; the security filters answer before Spring MVC's own problem support. */
    static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.resetBuffer();
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
        response.flushBuffer();
    }
}
