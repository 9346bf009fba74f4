package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * Seeded flow problems shaped like one day of {@link DayFlow}: source, sink, shift kinds whose
 * seats are partly required (a large reward) and partly optional, takers of one seat each, and
 * between them the change in squared deviation that taking a seat of that kind makes. Solved by
 * {@link MinCostFlow} and, for comparison, by JGraphT's capacity-scaling minimum-cost flow.
 */
final class DayGraphs {

    static final int SOURCE = 0;
    static final int SINK = 1;
    private static final int[] SHIFT_MINUTES = {120, 180, 240, 300, 360, 480};

    record Arc(int from, int to, int capacity, long cost) {
    }

    record Graph(int nodes, List<Arc> arcs) {
    }

    private DayGraphs() {
    }

    /**
     * A day with {@code kinds} shift kinds of 5 to {@code maxSeats} seats and {@code takers}
     * takers, each allowed on about half of the kinds. {@code reward} is what filling a required
     * seat earns (DayFlow uses 2^40; JGraphT takes no cost of 10^9 or more).
     */
    static Graph day(RandomGenerator random, int kinds, int maxSeats, int takers, long reward) {
        var arcs = new ArrayList<Arc>();
        int[] minutes = new int[kinds];
        for (int k = 0; k < kinds; k++) {
            minutes[k] = SHIFT_MINUTES[random.nextInt(SHIFT_MINUTES.length)];
            int seats = 5 + random.nextInt(maxSeats - 4);
            int required = random.nextInt(seats + 1);
            if (required > 0) {
                arcs.add(new Arc(SOURCE, 2 + k, required, -reward));
            }
            if (seats > required) {
                arcs.add(new Arc(SOURCE, 2 + k, seats - required, 0));
            }
        }
        for (int t = 0; t < takers; t++) {
            int taker = 2 + kinds + t;
            double deviation = random.nextGaussian() * 40;
            int days = 5 + random.nextInt(10);
            int held = random.nextInt(3) == 0 ? -1 : random.nextInt(kinds);
            for (int k = 0; k < kinds; k++) {
                if (k == held || random.nextBoolean()) {
                    double after = deviation + minutes[k] / (double) days;
                    long cost = Math.round(100 * (after * after - deviation * deviation)) + (k == held ? 0 : 1);
                    arcs.add(new Arc(2 + k, taker, 1, cost));
                }
            }
            arcs.add(new Arc(taker, SINK, 1, 0));
        }
        return new Graph(2 + kinds + takers, arcs);
    }

    /** The cost of the cheapest flow of any amount by {@link MinCostFlow}. */
    static long solveOurs(Graph graph) {
        var flow = new MinCostFlow(graph.nodes());
        int[] numbers = new int[graph.arcs().size()];
        for (int i = 0; i < numbers.length; i++) {
            Arc arc = graph.arcs().get(i);
            numbers[i] = flow.addArc(arc.from(), arc.to(), arc.capacity(), arc.cost());
        }
        flow.solve(SOURCE, SINK);
        long cost = 0;
        for (int i = 0; i < numbers.length; i++) {
            cost += flow.flow(numbers[i]) * graph.arcs().get(i).cost();
        }
        return cost;
    }

    /**
     * The same by JGraphT, which solves flows with fixed supplies: the source supplies as much as
     * its arcs carry and an arc of no cost straight to the sink takes whatever is not worth sending.
     */
    static long solveJGraphT(Graph graph) {
        var network = new DirectedWeightedMultigraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int node = 0; node < graph.nodes(); node++) {
            network.addVertex(node);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int supply = 0;
        for (Arc arc : graph.arcs()) {
            var edge = network.addEdge(arc.from(), arc.to());
            network.setEdgeWeight(edge, arc.cost());
            capacity.put(edge, arc.capacity());
            supply += arc.from() == SOURCE ? arc.capacity() : 0;
        }
        var bypass = network.addEdge(SOURCE, SINK);
        // An edge weighs 1 until told otherwise.
        network.setEdgeWeight(bypass, 0);
        capacity.put(bypass, supply);
        int units = supply;
        Function<Integer, Integer> supplies = node -> node == SOURCE ? units : node == SINK ? -units : 0;
        var result = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblemImpl<>(network, supplies, capacity::get));
        return Math.round(result.getCost());
    }
}
