package org.campfair.roster.benchmark;

import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;

/**
 * The fairest roster by {@link ExactFairness}, found by branching on the mean load. One model
 * over every possible mean proves little: its linear relaxation deals seats fractionally and
 * gives everyone the mean exactly, so its bound stays at 0. With the mean kept to an interval,
 * each load's distance to that interval bounds its deviation at whole units worked, and the
 * narrower the interval the closer that comes to the deviation itself. So the search solves
 * an interval of means for a few seconds (-Dbench.exactSliceSeconds, 5), starting from the
 * fairest roster so far; an interval solved to the end, found empty, or bounded above the best
 * so far is closed, any other is cut in four, each piece keeping the bound of the whole. It stops when every interval is closed (the best is proven
 * optimal) or the time is up; the proven lower bound is then the least bound of the intervals
 * still open.
 */
final class FairestRoster {

    private static final int PIECES = 4;
    private static final Duration SLICE = Duration.ofSeconds(Long.getLong("bench.exactSliceSeconds", 5));

    /** The fairest roster found (empty when none), its objective, the proven lower bound, and the solves it took. */
    record Outcome(Map<Shift, List<Volunteer>> staff, long objective, double bound, boolean proven, int solves,
            double seconds) {
    }

    private record Interval(long from, long to, double bound) {
    }

    private FairestRoster() {
    }

    static Outcome search(Roster roster, ExactFairness.Kept kept, Map<Shift, List<Volunteer>> start, Duration limit,
            int workers) {
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        var open = new PriorityQueue<Interval>((a, b) -> Double.compare(a.bound(), b.bound()));
        open.add(new Interval(0, ExactFairness.mostLoadSum(roster), 0));
        Map<Shift, List<Volunteer>> best = Map.of();
        long bestObjective = Long.MAX_VALUE;
        int solves = 0;
        while (!open.isEmpty() && open.peek().bound() < bestObjective) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Interval interval = open.poll();
            var result = ExactFairness.solve(roster, kept, interval.from(), interval.to(),
                    best.isEmpty() ? start : best, Duration.ofNanos(Math.min(left, SLICE.toNanos())), workers);
            solves++;
            if (result.found() && result.objective() < bestObjective) {
                best = result.assignment();
                bestObjective = result.objective();
            }
            if (result.status() == CpSolverStatus.OPTIMAL || result.status() == CpSolverStatus.INFEASIBLE) {
                continue; // closed: its fairest roster is known, or it has none
            }
            double bound = Math.max(interval.bound(), Math.ceil(result.bound() - 1e-6));
            long width = interval.to() - interval.from() + 1;
            if (width < PIECES) {
                open.add(new Interval(interval.from(), interval.to(), bound));
                continue;
            }
            for (int piece = 0; piece < PIECES; piece++) {
                open.add(new Interval(interval.from() + width * piece / PIECES,
                        interval.from() + width * (piece + 1) / PIECES - 1, bound));
            }
        }
        boolean proven = open.isEmpty() || open.peek().bound() >= bestObjective;
        double bound = proven ? bestObjective : open.peek().bound();
        return new Outcome(best, bestObjective, bound, proven && !best.isEmpty(), solves,
                (System.nanoTime() - began) / 1e9);
    }
}
