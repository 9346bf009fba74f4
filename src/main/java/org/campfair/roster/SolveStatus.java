package org.campfair.roster;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where solving a camp stands. The score is in Timefold's text form, e.g.
 * {@code 0hard/-2medium/-310soft}: hard rules broken, seats unfilled, soft costs; the tally
 * counts the same roster in things a person can picture (rules broken, seats open, wishes not
 * met), when known. {@code interruptedAt} is set when the latest solve lost its instance
 * (killed, or cut off from the database) and was resumed from the roster saved at that time.
 * While a solve runs, {@code startedAt} and {@code timeLimit} say since when and for how long
 * at most it may run (it stops sooner when nothing improves for a while).
 */
public record SolveStatus(
        long campId,
        SolveState state,
        @Nullable String score,
        @Nullable Boolean feasible,
        @Nullable Instant solvedAt,
        @Nullable Instant interruptedAt,
        @Nullable Instant startedAt,
        @Nullable Duration timeLimit,
        @Nullable ScoreTally tally) {

    public SolveStatus(long campId, SolveState state, @Nullable String score, @Nullable Boolean feasible,
            @Nullable Instant solvedAt) {
        this(campId, state, score, feasible, solvedAt, null);
    }

    public SolveStatus(long campId, SolveState state, @Nullable String score, @Nullable Boolean feasible,
            @Nullable Instant solvedAt, @Nullable Instant interruptedAt) {
        this(campId, state, score, feasible, solvedAt, interruptedAt, null, null, null);
    }

    /** The same status with the roster's score counted in things a person can picture. */
    public SolveStatus withTally(@Nullable ScoreTally counted) {
        return new SolveStatus(campId, state, score, feasible, solvedAt, interruptedAt, startedAt, timeLimit, counted);
    }
}
