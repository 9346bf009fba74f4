package org.campfair.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where solving a camp stands. The score is in Timefold's text form, e.g.
 * {@code 0hard/-2medium/-310soft}: hard rules broken, seats unfilled, soft costs.
 * {@code interruptedAt} is set when the latest solve lost its instance (killed, or cut off
 * from the database) and was resumed from the roster saved at that time.
 */
public record SolveStatus(
        long campId,
        SolveState state,
        @Nullable String score,
        @Nullable Boolean feasible,
        @Nullable Instant solvedAt,
        @Nullable Instant interruptedAt) {

    public SolveStatus(long campId, SolveState state, @Nullable String score, @Nullable Boolean feasible,
            @Nullable Instant solvedAt) {
        this(campId, state, score, feasible, solvedAt, null);
    }
}
