package org.campfair.roster.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.Locale;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;

/**
 * One timed solve: the best roster; when the best roster first broke no hard rule
 * (feasible) and when it first also had every required seat filled and everyone in a bed
 * (complete), and how fair that first complete roster was (the start the local search works
 * from); how many scores the solver calculated per second; the most heap it kept alive.
 *
 * <p>Seats and beds may stay empty, so a roster with few people placed already breaks no
 * hard rule: "feasible" comes early by design, and "complete" is the time an organizer waits
 * for a usable roster.
 */
record SolverRun(Roster best, double feasibleSeconds, double completeSeconds, double completeGapPercent,
        long scoreCalculationsPerSecond, long peakHeapMb, long peakHeapInUseMb) {

    static SolverRun solve(SolverConfig config, Roster problem, Duration limit) {
        var solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(
                config.withTerminationConfig(new TerminationConfig().withSpentLimit(limit))).buildSolver();
        long[] firstMillis = {-1, -1};
        double[] completeGap = {Double.NaN};
        long[] lastProgress = {0};
        solver.addEventListener(event -> {
            var score = (HardMediumSoftLongScore) event.getNewBestScore();
            progress(event.getTimeMillisSpent(), lastProgress, score, event.getNewBestSolution());
            if (!event.isNewBestSolutionInitialized() || score.hardScore() != 0) {
                return;
            }
            if (firstMillis[0] < 0) {
                firstMillis[0] = event.getTimeMillisSpent();
            }
            if (firstMillis[1] < 0 && score.mediumScore() == 0) {
                firstMillis[1] = event.getTimeMillisSpent();
                completeGap[0] = Fairness.of(event.getNewBestSolution()).gapPercent();
            }
        });
        problem.setTimeLimit(limit);
        try (var heap = new HeapWatch()) {
            Roster best = solver.solve(problem);
            return new SolverRun(best, seconds(firstMillis[0]), seconds(firstMillis[1]), completeGap[0],
                    solver.getScoreCalculationSpeed(), heap.peakMb(), HeapWatch.peakInUseMb());
        }
    }

    /**
     * With -Dbench.progress=SECONDS, one PROGRESS line per new best at most every SECONDS: whether
     * more time still moves the score and the gap.
     */
    private static void progress(long millis, long[] lastMillis, HardMediumSoftLongScore score, Roster best) {
        long every = Long.getLong("bench.progress", 0) * 1000;
        if (every <= 0 || millis - lastMillis[0] < every) {
            return;
        }
        lastMillis[0] = millis;
        System.out.printf(Locale.ROOT, "PROGRESS t=%.1f score=%s gap_pct=%.2f%n", millis / 1000.0, score,
                Fairness.of(best).gapPercent());
    }

    String feasibleSecondsText() {
        return text(feasibleSeconds);
    }

    String completeSecondsText() {
        return text(completeSeconds);
    }

    String completeGapText() {
        return Double.isNaN(completeGapPercent) ? "never" : String.format(Locale.ROOT, "%.2f", completeGapPercent);
    }

    private static double seconds(long millis) {
        return millis < 0 ? Double.NaN : millis / 1000.0;
    }

    private static String text(double seconds) {
        return Double.isNaN(seconds) ? "never" : String.format(Locale.ROOT, "%.2f", seconds);
    }
}
