package org.campfair.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person a request is signed in as, for what only a signed-in person may do for themselves. */
public final class SignedInPerson {

    private SignedInPerson() {
    }

    /**
     * The signed-in person's authentication.
     *
     * @throws AccessDeniedException with {@code why} when nobody (or only an anonymous visitor) is signed in
     */
    public static Authentication require(String why) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || "anonymousUser".equals(authentication.getName())) {
            throw new AccessDeniedException(why);
        }
        return authentication;
    }
}
