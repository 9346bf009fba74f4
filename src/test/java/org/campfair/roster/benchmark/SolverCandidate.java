package org.campfair.roster.benchmark;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.List;
import java.util.function.Supplier;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Stay;
import org.campfair.roster.solver.RosterSolverConfig;

/**
 * Solver configurations compared by the benchmark. Each starts from {@link RosterSolverConfig}
 * (same model and constraints) and changes only the phases, so a winner can be copied there.
 */
enum SolverCandidate {

    /** RosterSolverConfig as it is: Timefold's default construction and late acceptance. */
    DEFAULT(RosterSolverConfig::create),

    /**
     * Seats are constructed from 40 random volunteers each, skipping those who lack the skills
     * or are away, instead of trying all of them; local search uses the same filtered change and
     * swap moves, with late acceptance.
     */
    ELIGIBLE_LATE_ACCEPTANCE(() -> eligible(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400), 1)),

    /** As above, with a tabu list of recently moved seats instead of late acceptance. */
    ELIGIBLE_TABU(() -> eligible(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02), 1000)),

    /** As above, with great deluge instead of late acceptance. */
    ELIGIBLE_GREAT_DELUGE(() -> eligible(new LocalSearchAcceptorConfig()
            .withAcceptorTypeList(List.of(ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType
                    .GREAT_DELUGE)), 1)),

    /** FairStart, then Timefold's default local search (late acceptance, change and swap moves). */
    FAIR_START_LATE_ACCEPTANCE(() -> fairStart(defaultMoves(), new LocalSearchAcceptorConfig().withLateAcceptanceSize(400), 1)),

    /** FairStart, then late acceptance over change and swap moves filtered to eligible volunteers. */
    FAIR_START_ELIGIBLE_LATE_ACCEPTANCE(() -> fairStart(eligibleMoves(),
            new LocalSearchAcceptorConfig().withLateAcceptanceSize(400), 1)),

    /** FairStart, then tabu search over the filtered moves. */
    FAIR_START_ELIGIBLE_TABU(() -> fairStart(eligibleMoves(), new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02),
            1000));

    static final long VALUES_PER_SEAT = 40;

    private static SolverConfig fairStart(UnionMoveSelectorConfig moves, LocalSearchAcceptorConfig acceptor,
            int acceptedCountLimit) {
        return RosterSolverConfig.create().withPhaseList(List.of(
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FairStart.class)),
                new LocalSearchPhaseConfig().withMoveSelectorConfig(moves).withAcceptorConfig(acceptor)
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit))));
    }

    private static UnionMoveSelectorConfig defaultMoves() {
        return new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()));
    }

    private static UnionMoveSelectorConfig eligibleMoves() {
        return new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Change.class),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Swap.class),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class)),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class))));
    }

    private final Supplier<SolverConfig> config;

    SolverCandidate(Supplier<SolverConfig> config) {
        this.config = config;
    }

    SolverConfig config() {
        return config.get();
    }

    private static SolverConfig eligible(LocalSearchAcceptorConfig acceptor, int acceptedCountLimit) {
        List<PhaseConfig> phases = List.of(seatConstruction(), stayConstruction(),
                new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                                        .withFilterClass(EligibleMoves.Change.class),
                                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                                        .withFilterClass(EligibleMoves.Swap.class),
                                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class)),
                                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class)))))
                        .withAcceptorConfig(acceptor)
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit)));
        return RosterSolverConfig.create().withPhaseList(phases);
    }

    /** Each seat in turn takes the best of a few random eligible volunteers (or nobody). */
    private static ConstructionHeuristicPhaseConfig seatConstruction() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(Seat.class).withId("seat")
                        .withCacheType(SelectionCacheType.PHASE).withSelectionOrder(SelectionOrder.ORIGINAL))
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("seat"))
                        .withValueSelectorConfig(new ValueSelectorConfig("volunteer").withSelectionOrder(SelectionOrder.RANDOM))
                        .withFilterClass(EligibleMoves.Change.class)
                        .withSelectedCountLimit(VALUES_PER_SEAT)));
    }

    private static ConstructionHeuristicPhaseConfig stayConstruction() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(Stay.class).withId("stay")
                        .withCacheType(SelectionCacheType.PHASE).withSelectionOrder(SelectionOrder.ORIGINAL))
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("stay"))
                        .withValueSelectorConfig(new ValueSelectorConfig("bed"))));
    }
}
