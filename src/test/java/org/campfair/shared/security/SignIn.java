package org.campfair.shared.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of a test as someone: the app's own work (nobody signed in, as at start-up or
 * in a solver job), or a named account with a role. Tests signed in as a host or a stranger
 * set up their camps this way, since services now refuse such people.
 */
public final class SignIn {

    private SignIn() {
    }

    /** Runs {@code work} with nobody signed in, then puts the test's sign-in back. */
    public static <T> T asTheApp(Supplier<T> work) {
        return as(null, work);
    }

    public static void asTheApp(Runnable work) {
        asTheApp(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} signed in as {@code username} with {@code role}, then puts the test's sign-in back. */
    public static <T> T as(String username, Role role, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))), work);
    }

    public static void as(String username, Role role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        if (authentication != null) {
            context.setAuthentication(authentication);
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
