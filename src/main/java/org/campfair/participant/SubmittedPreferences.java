package org.campfair.participant;

import org.jspecify.annotations.Nullable;

/**
 * What became of submitted preferences: applied at once (before publication), or waiting as
 * a change request for an organizer (after publication).
 */
public record SubmittedPreferences(boolean applied, @Nullable Long changeRequestId) {

    static SubmittedPreferences appliedNow() {
        return new SubmittedPreferences(true, null);
    }

    static SubmittedPreferences requested(long id) {
        return new SubmittedPreferences(false, id);
    }
}
