package org.campfair.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a camp's roster stands against what participants see: when the latest publication was
 * made and by whom (no time when it was never published; no name when nobody signed in made
 * it or the account is gone), how many people the working roster gives a shift or a bed, and
 * how many seats and beds differ from the published roster.
 */
public record RosterPublication(@Nullable Instant publishedAt, @Nullable String publishedBy, int people,
        int changes) {

    public boolean published() {
        return publishedAt != null;
    }
}
