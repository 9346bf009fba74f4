package org.campfair.roster.solver;

import java.util.Arrays;

/**
 * A minimum-cost flow on a small directed graph, by successive shortest paths with Dijkstra and
 * node potentials: it sends one unit at a time from the source to the sink along the cheapest
 * path left, as long as that path costs less than nothing. So it finds the cheapest flow of any
 * amount, which is what assigning a day's seats needs: a seat that must be filled carries a large
 * reward, a seat that may stay empty is filled only where that lowers the cost. Arc costs may be
 * negative as long as the graph has no cycle; capacities are small integers.
 *
 * <p>Hand-written because JGraphT's minimum-cost flow ({@code CapacityScalingMinimumCostFlow},
 * jgrapht-core 1.5.3, the only one it has) cannot take {@link DayFlow}'s costs: it refuses any arc
 * whose cost is 10^9 or more in size, and a day's flow needs about 40 bits, from the 1 that a kept
 * seat saves up to the 2^40 reward that puts every required seat before any change in spread
 * (and 2^30 for a day past five in a row when fairness weighs nothing). Scaled into 10^9 the small
 * differences vanish. Speed is not the reason: on seeded day-shaped graphs (13 shift kinds, 600
 * takers, about 4,700 arcs, the reward lowered to 5e8 for both) JGraphT took about 0.8 times our
 * time: medians over 100 graphs of 270, 96 and 111 ms against our 321, 118 and 132 ms in three
 * runs ({@code MinCostFlowBenchmark}, building the graph included; 2-core AMD EPYC shared with
 * other builds, load 16 to 18, 2026-12-05). {@code MinCostFlowTest} checks that both find the
 * same cost.
 */
final class MinCostFlow {

    private final int nodes;
    private int arcs;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private long[] cost = new long[16];

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an arc and returns its number, to read its flow back with {@link #flow}. */
    int addArc(int from, int target, int arcCapacity, long arcCost) {
        ensureRoom();
        int arc = arcs;
        link(from, target, arcCapacity, arcCost);
        link(target, from, 0, -arcCost);
        return arc;
    }

    /** The flow the last {@link #solve} sent along an arc. */
    int flow(int arc) {
        return capacity[arc ^ 1];
    }

    /**
     * Sends flow from source to sink while a path of negative cost is left; returns the units
     * sent. The graph must be acyclic before the first unit is sent (the potentials start from
     * its shortest distances).
     */
    int solve(int source, int sink) {
        long[] potential = acyclicDistances(source);
        long[] distance = new long[nodes];
        boolean[] settled = new boolean[nodes];
        var queue = new Queue();
        boolean[] onPath = new boolean[nodes];
        boolean[] dead = new boolean[nodes];
        int[] current = new int[nodes];
        int sent = 0;
        while (true) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(settled, false);
            distance[source] = 0;
            queue.clear();
            queue.add(0, source);
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (settled[node]) {
                    continue;
                }
                settled[node] = true;
                if (node == sink) {
                    break;
                }
                for (int arc = head[node]; arc >= 0; arc = next[arc]) {
                    int target = to[arc];
                    if (capacity[arc] == 0 || settled[target] || potential[target] == Long.MAX_VALUE) {
                        continue;
                    }
                    long reduced = distance[node] + cost[arc] + potential[node] - potential[target];
                    if (reduced < distance[target]) {
                        distance[target] = reduced;
                        queue.add(reduced, target);
                    }
                }
            }
            if (!settled[sink]) {
                return sent;
            }
            long toSink = distance[sink];
            for (int node = 0; node < nodes; node++) {
                if (potential[node] != Long.MAX_VALUE) {
                    potential[node] += settled[node] ? distance[node] : toSink;
                }
            }
            if (potential[sink] - potential[source] >= 0) {
                return sent;
            }
            // Every path left whose arcs all cost nothing after the potentials is a shortest one:
            // send along as many as there are before searching again.
            Arrays.fill(dead, false);
            System.arraycopy(head, 0, current, 0, nodes);
            while (push(source, sink, potential, onPath, dead, current)) {
                sent++;
            }
        }
    }

    /**
     * Sends one unit from {@code node} to the sink along arcs of no reduced cost, depth first;
     * false when none is left. {@code current} is each node's next arc to try, and a node found
     * to lead nowhere stays {@code dead} until the next search.
     */
    private boolean push(int node, int sink, long[] potential, boolean[] onPath, boolean[] dead, int[] current) {
        if (node == sink) {
            return true;
        }
        onPath[node] = true;
        for (; current[node] >= 0; current[node] = next[current[node]]) {
            int arc = current[node];
            int target = to[arc];
            if (capacity[arc] > 0 && !onPath[target] && !dead[target] && potential[target] != Long.MAX_VALUE
                    && cost[arc] + potential[node] - potential[target] == 0
                    && push(target, sink, potential, onPath, dead, current)) {
                capacity[arc]--;
                capacity[arc ^ 1]++;
                onPath[node] = false;
                return true;
            }
        }
        onPath[node] = false;
        dead[node] = true;
        return false;
    }

    /**
     * Shortest distances from the source in the acyclic graph as built (Bellman-Ford rounds,
     * which end after as many rounds as the longest path has arcs: four for a day's seats);
     * {@link Long#MAX_VALUE} where the source does not reach.
     */
    private long[] acyclicDistances(int source) {
        long[] distance = new long[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        distance[source] = 0;
        boolean changed = true;
        for (int round = 0; changed && round < nodes; round++) {
            changed = false;
            for (int node = 0; node < nodes; node++) {
                if (distance[node] == Long.MAX_VALUE) {
                    continue;
                }
                for (int arc = head[node]; arc >= 0; arc = next[arc]) {
                    if (capacity[arc] > 0 && distance[node] + cost[arc] < distance[to[arc]]) {
                        distance[to[arc]] = distance[node] + cost[arc];
                        changed = true;
                    }
                }
            }
        }
        return distance;
    }

    /** A binary heap of nodes by distance, on plain arrays: a node may be in it more than once. */
    private static final class Queue {

        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void add(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0 && keys[(i - 1) / 2] > key) {
                keys[i] = keys[(i - 1) / 2];
                values[i] = values[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            keys[i] = key;
            values[i] = value;
        }

        /** Removes and returns the node with the smallest distance. */
        int poll() {
            int top = values[0];
            long key = keys[--size];
            int value = values[size];
            int i = 0;
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }

    private void link(int from, int target, int arcCapacity, long arcCost) {
        to[arcs] = target;
        capacity[arcs] = arcCapacity;
        cost[arcs] = arcCost;
        next[arcs] = head[from];
        head[from] = arcs;
        arcs++;
    }

    private void ensureRoom() {
        if (arcs + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
    }
}
