package org.campfair.shared.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The username-and-password check of the form login and HTTP Basic, behind the
 * {@link SignInThrottle}: a throttled account or address is refused before its password is
 * checked, and each failure counts. A database outage is no failure of the person signing in.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        var wait = throttle.waitBefore(name, address);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        try {
            var result = passwords.authenticate(attempt);
            throttle.succeeded(name);
            return result;
        } catch (InternalAuthenticationServiceException unavailable) {
            throw unavailable;
        } catch (AuthenticationException failure) {
            throttle.failed(name, address);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
