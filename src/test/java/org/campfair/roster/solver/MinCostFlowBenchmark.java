package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link MinCostFlow} against JGraphT's {@code CapacityScalingMinimumCostFlow} on seeded day
 * graphs ({@link DayGraphs}) the size of a day on the 750-person benchmark camp: 13 shift kinds,
 * up to 80 free seats a kind, 600 takers. The reward for a required seat is 5e8 for both here,
 * since JGraphT refuses costs of 1e9 or more (DayFlow's is 2^40). Both must reach the same cost.
 * Run with {@code ./mvnw -Pbench verify -Dtest=MinCostFlowBenchmark -Dbench.flow=true}, or as a
 * main on the test class path. Prints one FLOW line; asserts only that the costs agree.
 */
@EnabledIfSystemProperty(named = "bench.flow", matches = "true")
class MinCostFlowBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Test
    void oursAgainstJGraphT() {
        System.out.println(compare(13, 80, 600));
    }

    public static void main(String[] args) {
        System.out.println(compare(13, 80, 600));
    }

    static String compare(int kinds, int maxSeats, int takers) {
        List<DayGraphs.Graph> graphs = new ArrayList<>();
        var random = new SplittableRandom(1);
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            graphs.add(DayGraphs.day(random, kinds, maxSeats, takers, 500_000_000L));
        }
        double[] ours = new double[MEASURED];
        double[] jgrapht = new double[MEASURED];
        for (int i = 0; i < graphs.size(); i++) {
            var graph = graphs.get(i);
            // In turns, so that a busy moment on the machine hits both alike.
            long oursCost = time(DayGraphs::solveOurs, graph, ours, i - WARM_UP);
            long theirCost = time(DayGraphs::solveJGraphT, graph, jgrapht, i - WARM_UP);
            if (oursCost != theirCost) {
                throw new AssertionError("graph " + i + ": ours " + oursCost + ", JGraphT " + theirCost);
            }
        }
        Arrays.sort(ours);
        Arrays.sort(jgrapht);
        int arcs = graphs.getFirst().arcs().size();
        return String.format(Locale.ROOT, "FLOW kinds=%d takers=%d arcs_first=%d graphs=%d ours_ms_median=%.3f"
                        + " jgrapht_ms_median=%.3f ours_ms_min=%.3f jgrapht_ms_min=%.3f jgrapht_over_ours=%.1f",
                kinds, takers, arcs, MEASURED, ours[MEASURED / 2], jgrapht[MEASURED / 2], ours[0], jgrapht[0],
                jgrapht[MEASURED / 2] / ours[MEASURED / 2]);
    }

    private static long time(ToLongFunction<DayGraphs.Graph> solver, DayGraphs.Graph graph, double[] millis,
            int index) {
        long began = System.nanoTime();
        long cost = solver.applyAsLong(graph);
        if (index >= 0) {
            millis[index] = (System.nanoTime() - began) / 1e6;
        }
        return cost;
    }
}
