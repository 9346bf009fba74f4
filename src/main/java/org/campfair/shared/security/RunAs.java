package org.campfair.shared.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on this thread under another sign-in than the current one, and puts the current one
 * back afterwards whatever happens. Used where the app acts for itself after someone's change
 * (nobody signed in), and where push updates run on a thread that does not carry the viewer's
 * sign-in.
 */
public final class RunAs {

    private RunAs() {
    }

    /**
     * Runs {@code work} as the app's own work, with nobody signed in: whoever's change set it
     * off (a participant letting a seat go, an organizer publishing) may not read other
     * participants' data, but the app must.
     */
    public static <T> T theApp(Supplier<T> work) {
        return signedIn(null, work);
    }

    /** {@link #theApp(Supplier)} for work without a result. */
    public static void theApp(Runnable work) {
        signedIn(null, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as {@code who} (or nobody when null), on this thread only. */
    public static <T> T signedIn(@Nullable Authentication who, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        // Vaadin's holder strategy reads the sign-in from the current Vaadin session before this
        // thread's own, so within a page's request the page's user would stay signed in (leaving
        // a waiting list failed as "not an organizer"). The work sees no Vaadin session meanwhile.
        var session = VaadinSession.getCurrent();
        var context = SecurityContextHolder.createEmptyContext();
        if (who != null) {
            context.setAuthentication(who);
        }
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
            VaadinSession.setCurrent(session);
        }
    }
}
