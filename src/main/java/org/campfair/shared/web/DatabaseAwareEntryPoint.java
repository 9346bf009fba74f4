package org.campfair.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic's entry point, except when checking the credentials failed because the
 * database (where accounts live) is away: that is a 503 to retry, not a wrong password.
 */
public final class DatabaseAwareEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final long retryAfterSeconds;

    public DatabaseAwareEntryPoint(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        basic.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (DatabaseUnavailable.causedBy(failure)) {
            DatabaseUnavailable.write(request, response, retryAfterSeconds);
        } else {
            basic.commence(request, response, failure);
        }
    }
}
