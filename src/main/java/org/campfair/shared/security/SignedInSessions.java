package org.campfair.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browser sessions signed in to this instance, so a person can see where they are signed
 * in and sign a session out. The servlet container tells us of every session it creates and
 * destroys; a form sign-in stamps its session with the time and a short device label.
 * Signing out invalidates the session at once (its Vaadin UI and push connection close with
 * it), not only on its next request. Sessions live in one instance's memory, as Vaadin's UI
 * state does: behind a load balancer with sticky sessions each instance lists its own.
 */
@Component
public class SignedInSessions implements HttpSessionListener {

    static final String SIGNED_IN_AT = "campfair.signedInAt";
    static final String DEVICE = "campfair.device";
    private static final int MAX_USER_AGENT = 512;

    /** One of the signed-in person's sessions. {@code id} is a handle, not the session cookie. */
    public record Session(String id, Instant signedInAt, Instant lastActive, String device, boolean current) {
    }

    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
    }

    /** Stamps the session a form sign-in just made (after Spring gave it a new id). */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession();
            session.setAttribute(SIGNED_IN_AT, Instant.now());
            session.setAttribute(DEVICE, Devices.label(truncate(request.getHeader("User-Agent"))));
        }
    }

    private static @Nullable String truncate(@Nullable String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent
                : userAgent.substring(0, MAX_USER_AGENT);
    }

    /** The sessions of this account, the most recently used first; {@code currentId} marks the caller's own. */
    List<Session> of(String username, @Nullable String currentId) {
        return live.stream()
                .filter(session -> username.equals(usernameOf(session).orElse(null)))
                .flatMap(session -> describe(session, currentId).stream())
                .sorted(Comparator.comparing(Session::lastActive).reversed())
                .toList();
    }

    /** Signs out one of this account's sessions; false when it is not (or no longer) one of theirs. */
    boolean signOut(String username, String handle) {
        for (var session : live) {
            if (handle.equals(handleOf(session)) && username.equals(usernameOf(session).orElse(null))) {
                invalidate(session);
                return true;
            }
        }
        return false;
    }

    /** Signs out every session of this account except the one with id {@code keepId} (if any); returns how many. */
    int signOutAll(String username, @Nullable String keepId) {
        int count = 0;
        for (var session : live) {
            if (username.equals(usernameOf(session).orElse(null)) && !idOf(session).equals(keepId)) {
                invalidate(session);
                count++;
            }
        }
        return count;
    }

    private void invalidate(HttpSession session) {
        live.remove(session);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // Expired or signed out meanwhile: what we wanted.
        }
    }

    private static Optional<String> usernameOf(HttpSession session) {
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context && context.getAuthentication() != null) {
                return Optional.of(context.getAuthentication().getName());
            }
        } catch (IllegalStateException invalidated) {
            // A session invalidated between listing and reading holds nobody.
        }
        return Optional.empty();
    }

    private static Optional<Session> describe(HttpSession session, @Nullable String currentId) {
        try {
            var signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at
                    : Instant.ofEpochMilli(session.getCreationTime());
            var device = session.getAttribute(DEVICE) instanceof String label ? label : Devices.UNKNOWN;
            return Optional.of(new Session(handleOf(session), signedInAt,
                    Instant.ofEpochMilli(session.getLastAccessedTime()), device, session.getId().equals(currentId)));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static String idOf(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException invalidated) {
            return "";
        }
    }

    /**
     * A handle for a session that a page may show and send back: a hash of the session id, so
     * the cookie value itself never reaches a page, a log or another tab.
     */
    static String handleOf(HttpSession session) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(idOf(session).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
