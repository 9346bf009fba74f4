package org.campfair.shared.security;

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
        var context = SecurityContextHolder.createEmptyContext();
        if (who != null) {
            context.setAuthentication(who);
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
