package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinCostFlowTest {

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    @Test
    void sendsUnitsAlongTheCheapestPathsWhileThatCostsLessThanNothing() {
        // One seat to fill (node 2) and three people (3, 4, 5) who would cost 7, -2 and 4.
        var flow = new MinCostFlow(6);
        flow.addArc(SOURCE, 2, 1, -100);
        int[] toPerson = {flow.addArc(2, 3, 1, 7), flow.addArc(2, 4, 1, -2), flow.addArc(2, 5, 1, 4)};
        for (int person = 3; person <= 5; person++) {
            flow.addArc(person, SINK, 1, 0);
        }

        assertThat(flow.solve(SOURCE, SINK)).isEqualTo(1);
        assertThat(new int[] {flow.flow(toPerson[0]), flow.flow(toPerson[1]), flow.flow(toPerson[2])})
                .containsExactly(0, 1, 0);
    }

    @Test
    void leavesAnOptionalUnitUnsentWhenEveryPathCostsSomething() {
        var flow = new MinCostFlow(3);
        int arc = flow.addArc(SOURCE, 2, 1, 0);
        flow.addArc(2, SINK, 1, 5);

        assertThat(flow.solve(SOURCE, SINK)).isZero();
        assertThat(flow.flow(arc)).isZero();
    }

    @Test
    void reroutesAnEarlierUnitWhenThatLetsOneMoreThrough() {
        // Seats A (2) and B (3) must both be filled. Ana (4) is cheapest on A and Ben (5) can
        // only take A; so Ana must move to B, a path back through A's first choice.
        var flow = new MinCostFlow(6);
        flow.addArc(SOURCE, 2, 1, -1000);
        flow.addArc(SOURCE, 3, 1, -1000);
        int anaOnA = flow.addArc(2, 4, 1, 1);
        int anaOnB = flow.addArc(3, 4, 1, 3);
        int benOnA = flow.addArc(2, 5, 1, 2);
        flow.addArc(4, SINK, 1, 0);
        flow.addArc(5, SINK, 1, 0);

        assertThat(flow.solve(SOURCE, SINK)).isEqualTo(2);
        assertThat(new int[] {flow.flow(anaOnA), flow.flow(anaOnB), flow.flow(benOnA)}).containsExactly(0, 1, 1);
    }

    @Test
    void fillsEverySeatOfAShiftWithItsCheapestPeople() {
        // Three seats of one shift (node 2), five people with costs 5, 1, 4, 2, 3.
        var flow = new MinCostFlow(8);
        flow.addArc(SOURCE, 2, 3, -100);
        long[] costs = {5, 1, 4, 2, 3};
        int[] arcs = new int[costs.length];
        for (int i = 0; i < costs.length; i++) {
            arcs[i] = flow.addArc(2, 3 + i, 1, costs[i]);
            flow.addArc(3 + i, SINK, 1, 0);
        }

        assertThat(flow.solve(SOURCE, SINK)).isEqualTo(3);
        int[] sent = new int[costs.length];
        for (int i = 0; i < costs.length; i++) {
            sent[i] = flow.flow(arcs[i]);
        }
        assertThat(sent).containsExactly(0, 1, 0, 1, 1);
    }

    @Test
    void findsTheSameCheapestFlowAsJGraphTOnSeededDays() {
        var random = new SplittableRandom(7);
        for (int day = 0; day < 200; day++) {
            var graph = DayGraphs.day(random, 1 + random.nextInt(6), 5 + random.nextInt(20), 1 + random.nextInt(40),
                    100_000_000L);

            assertThat(DayGraphs.solveOurs(graph)).as("day %d", day).isEqualTo(DayGraphs.solveJGraphT(graph));
        }
    }

    @Test
    void jgraphtCannotTakeTheRewardForARequiredSeat() {
        // Why DayFlow keeps this class: see its comment.
        var graph = DayGraphs.day(new SplittableRandom(1), 3, 10, 10, 1L << 40);

        assertThatThrownBy(() -> DayGraphs.solveJGraphT(graph)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infinite cost");
        assertThat(DayGraphs.solveOurs(graph)).isNegative();
    }
}
