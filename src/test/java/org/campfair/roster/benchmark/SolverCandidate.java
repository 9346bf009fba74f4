package org.campfair.roster.benchmark;

import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.pillar.PillarSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Stay;
import org.campfair.roster.solver.RosterSolverConfig;

/**
 * Solver configurations the benchmark compares. Each starts from {@link RosterSolverConfig}
 * (same model, same constraints) and replaces only the phases, so the winner can be copied
 * there as it is.
 */
enum SolverCandidate {

    /** RosterSolverConfig as it is: Timefold's default construction, then late acceptance. */
    DEFAULT(RosterSolverConfig::create),

    /** {@link FairStart} instead of the default construction, then the default local search. */
    FAIR_START(() -> RosterSolverConfig.create().withPhaseList(List.of(fairStart(),
            lateAcceptance(new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig(),
                    new SwapMoveSelectorConfig())))))),

    /**
     * FairStart, then tabu search: each step takes the best of 1000 moves, changes and swaps that
     * only offer seats to people with the skills who are at camp ({@link EligibleMoves}) plus swaps
     * of several seats at once between two people (pillars); the seats and stays moved in the
     * last steps (2% of them) may not move again at once.
     */
    FAIR_START_TABU(() -> RosterSolverConfig.create().withPhaseList(List.of(fairStart(), tabu()))),

    /**
     * FairStart, tabu search until it has not improved for 3 seconds, then late acceptance over
     * the eligible moves: tabu makes the big strides on large camps, late acceptance keeps
     * finding small ones where tabu cycles (small camps, the end of a long solve).
     */
    FAIR_START_TABU_THEN_LATE_ACCEPTANCE(() -> {
        PhaseConfig<?> tabu = tabu().withTerminationConfig(new TerminationConfig()
                .withUnimprovedSpentLimit(Duration.ofSeconds(3)));
        return RosterSolverConfig.create().withPhaseList(List.of(fairStart(), tabu,
                lateAcceptance(eligibleMoves(false))));
    });

    private final Supplier<SolverConfig> config;

    SolverCandidate(Supplier<SolverConfig> config) {
        this.config = config;
    }

    SolverConfig config() {
        return config.get();
    }

    private static CustomPhaseConfig fairStart() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FairStart.class));
    }

    private static LocalSearchPhaseConfig tabu() {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(eligibleMoves(true))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
    }

    /** Timefold's default acceptor: late acceptance over 400 steps, the first accepted move each step. */
    private static LocalSearchPhaseConfig lateAcceptance(UnionMoveSelectorConfig moves) {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    private static UnionMoveSelectorConfig eligibleMoves(boolean pillars) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Change.class),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Swap.class),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class)),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class))));
        if (pillars) {
            moves.add(new PillarSwapMoveSelectorConfig().withPillarSelectorConfig(
                    new PillarSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))));
        }
        return new UnionMoveSelectorConfig(moves);
    }
}
