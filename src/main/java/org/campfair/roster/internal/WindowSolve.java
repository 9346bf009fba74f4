package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.campfair.roster.model.Roster;
import org.jspecify.annotations.Nullable;

/**
 * The camp's score during a window re-plan (a same-day absence), whose problem is the window
 * alone ({@link RosterWindow}). The rules score a window so that it differs from the whole camp
 * by the same amount for every window roster ({@code RosterWindowTest}): that amount, measured
 * once on the rosters the solve starts from, turns the window's best score into the camp's,
 * which the saved roster and the page show. Measuring it scores the whole camp once; the job's
 * thread does that while the solver runs on its own, instead of before or after the solve.
 */
final class WindowSolve {

    private final HardMediumSoftLongScore windowAtStart;
    private final CompletableFuture<HardMediumSoftLongScore> difference = new CompletableFuture<>();
    private @Nullable Roster camp;

    /** Scores the window's problem as the solve will start from it, before the solver has it. */
    WindowSolve(WindowProblem problem, SolutionManager<Roster, HardMediumSoftLongScore> solutions) {
        this.camp = problem.camp();
        this.windowAtStart = solutions.update(problem.window());
    }

    /** Scores the whole camp as the window's solve started from it; called once, on the job's thread. */
    void measureCamp(SolutionManager<Roster, HardMediumSoftLongScore> solutions) {
        try {
            difference.complete(solutions.update(camp).subtract(windowAtStart));
        } catch (RuntimeException e) {
            difference.completeExceptionally(e);
        } finally {
            camp = null; // the whole camp's problem is no longer needed
        }
    }

    /** The camp's score of a window roster scoring {@code windowScore}; empty when measuring failed. */
    Optional<HardMediumSoftLongScore> campScore(HardMediumSoftLongScore windowScore) {
        try {
            return Optional.of(windowScore.add(difference.join()));
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** As {@link #campScore}, without waiting: null until the camp is measured. */
    @Nullable HardMediumSoftLongScore campScoreIfKnown(HardMediumSoftLongScore windowScore) {
        return difference.isDone() ? campScore(windowScore).orElse(null) : null;
    }
}
