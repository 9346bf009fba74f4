package org.campfair.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where solving a camp stands. The score is in Timefold's text form, e.g.
 * {@code 0hard/-2medium/-310soft}: hard rules broken, seats unfilled, soft costs.
 */
public record SolveStatus(
        long campId,
        SolveState state,
        @Nullable String score,
        @Nullable Boolean feasible,
        @Nullable Instant solvedAt) {
}
