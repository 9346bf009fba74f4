package org.campfair.roster.fairness;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The smallest standard deviation of hours per available day that any roster can reach when it
 * hands out a given number of hours, ignoring skills, availability and daily limits: the hours
 * come in units of {@code g} (the greatest common divisor of the shift lengths), and the best a
 * roster can do is share them in proportion to each person's available days as evenly as whole
 * units allow.
 *
 * <p>With equal availability the answer is closed: with N people and T units, r = T mod N people
 * get one unit more than the others, and the sum of squared deviations is g² r (N - r) / N (in
 * hours per day, divided by the days squared). With unequal availability a simple water-filling
 * (give each unit to whoever is lowest) is not always optimal, so the bound is computed exactly:
 * for a fixed level c, the cheapest way to place T units around c is water-filling by marginal
 * cost, and G(c) = min over rosters of the sum of (y - c)² is N c² plus a concave function of
 * c. Minimising G over c by branch and bound, with the concave part bounded below by its chords
 * on each interval, gives a value that never exceeds the true minimum, and converges to it.
 */
public final class FairnessLowerBound {

    private static final int MAX_INTERVALS = 20_000;

    private FairnessLowerBound() {
    }

    /**
     * @param availableDays every participant's available days (at least 1 each), zeros of work included
     * @param units         T, the assigned hours divided by the unit length
     * @param unitHours     g, the unit length in hours
     * @return a lower bound of the population standard deviation of hours per available day
     */
    public static double sd(int[] availableDays, long units, double unitHours) {
        int n = availableDays.length;
        if (n == 0 || units == 0) {
            return 0;
        }
        var groups = Groups.of(availableDays);
        if (groups.weights.length == 1) {
            long r = units % n;
            double w = groups.weights[0];
            return unitHours * w * Math.sqrt((double) r * (n - r)) / n;
        }
        double sumSquares = minimumSumOfSquares(groups, units);
        return unitHours * Math.sqrt(Math.max(0, sumSquares) / n);
    }

    /** min over c in [lo, hi] of G(c), bounded from below; see the class comment. */
    private static double minimumSumOfSquares(Groups groups, long units) {
        int n = groups.people();
        double lo = units * groups.minWeight() / n;
        double hi = units * groups.maxWeight() / n;
        record Interval(double from, double to, double gFrom, double gTo, double bound) {
        }
        var open = new PriorityQueue<Interval>((a, b) -> Double.compare(a.bound(), b.bound()));
        double gLo = groups.cost(lo, units);
        double gHi = groups.cost(hi, units);
        double best = Math.min(gLo, gHi);
        open.add(new Interval(lo, hi, gLo, gHi, chordBound(n, lo, hi, gLo, gHi)));
        double tolerance = 1e-9 * Math.max(1, best);
        for (int i = 0; i < MAX_INTERVALS && !open.isEmpty(); i++) {
            var interval = open.poll();
            if (best - interval.bound() <= tolerance) {
                return interval.bound();
            }
            double mid = (interval.from() + interval.to()) / 2;
            double gMid = groups.cost(mid, units);
            best = Math.min(best, gMid);
            open.add(new Interval(interval.from(), mid, interval.gFrom(), gMid,
                    chordBound(n, interval.from(), mid, interval.gFrom(), gMid)));
            open.add(new Interval(mid, interval.to(), gMid, interval.gTo(),
                    chordBound(n, mid, interval.to(), gMid, interval.gTo())));
        }
        return open.isEmpty() ? best : Math.min(best, open.peek().bound());
    }

    /**
     * G(c) - N c² is concave, so on [a, b] it lies above its chord; the smallest value of
     * N c² + chord(c) on [a, b] is therefore a lower bound of G there.
     */
    private static double chordBound(int n, double a, double b, double gA, double gB) {
        double sA = gA - n * a * a;
        double sB = gB - n * b * b;
        double slope = b > a ? (sB - sA) / (b - a) : 0;
        double vertex = Math.clamp(-slope / (2.0 * n), a, b);
        return n * vertex * vertex + sA + slope * (vertex - a);
    }

    /** People with the same availability, who are interchangeable for the bound. */
    private record Groups(double[] weights, long[] sizes) {

        static Groups of(int[] availableDays) {
            var counts = new TreeMap<Integer, Long>();
            Arrays.stream(availableDays).forEach(d -> counts.merge(Math.max(1, d), 1L, Long::sum));
            double[] weights = counts.keySet().stream().mapToDouble(d -> 1.0 / d).toArray();
            long[] sizes = counts.values().stream().mapToLong(Long::longValue).toArray();
            return new Groups(weights, sizes);
        }

        int people() {
            return (int) Arrays.stream(sizes).sum();
        }

        double minWeight() {
            return Arrays.stream(weights).min().orElseThrow();
        }

        double maxWeight() {
            return Arrays.stream(weights).max().orElseThrow();
        }

        /**
         * G(c): place T units one level at a time where they add least to the sum of (y - c)²,
         * y = units x weight. A person's next unit costs w²(2j+1) - 2cw when they hold j units,
         * the same for everyone in a group, so a group fills whole levels of {@code size} units.
         */
        double cost(double c, long units) {
            int m = weights.length;
            int[] level = new int[m];
            var next = new PriorityQueue<Integer>((a, b) -> Double.compare(marginal(a, level[a], c),
                    marginal(b, level[b], c)));
            for (int g = 0; g < m; g++) {
                next.add(g);
            }
            double total = 0;
            for (int g = 0; g < m; g++) {
                total += sizes[g] * c * c;
            }
            long left = units;
            while (left > 0) {
                int g = next.poll();
                long take = Math.min(left, sizes[g]);
                total += take * marginal(g, level[g], c);
                left -= take;
                level[g]++;
                next.add(g);
            }
            return total;
        }

        private double marginal(int group, int held, double c) {
            double w = weights[group];
            return w * w * (2.0 * held + 1) - 2 * c * w;
        }
    }
}
