package org.campfair.roster.solver;

import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.pillar.PillarSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Stay;

/**
 * How the roster solver is put together. Callers add their own termination (a time limit
 * for the UI, a best-score limit in tests), so none is set here.
 *
 * <p>Three phases, chosen with the benchmark (docs/benchmark.md): {@link FairStart} fills every
 * required seat fairly within seconds even at 750 people (about 12 s on L on a busy machine), where Timefold's default
 * construction tries every volunteer on every seat and had not finished after 60 s; tabu
 * search over eligible changes and swaps makes the big strides; late acceptance takes over
 * once tabu stops improving, since it keeps finding small gains where tabu cycles. Pillar
 * swaps, which won when fairness was the only soft rule, cost five times the speed on the
 * full rule set and lost on S, M and L, so they are left out. Both local search phases also
 * draw {@link FairnessMoves}, which move work from the busiest to the least busy, now and then
 * as an unequal exchange of seats between two people ({@link #EXCHANGE_SHARE}). Seat moves
 * keep to the start's planned days off ({@link PlannedDaysOff}). Between the start and the
 * search, {@link LevelTrials} tries a few higher levels of work and keeps a trial roster only if
 * it beats the start's roster searched briefly ({@link TrialRace}).
 */
public final class RosterSolverConfig {

    /** Tabu hands over to late acceptance after this long without a better roster. */
    static final Duration TABU_UNIMPROVED = Duration.ofSeconds(3);

    /** Fairness moves are drawn as often as each of the four plain kinds (seat and bed changes and swaps). */
    static final double FAIRNESS_MOVE_WEIGHT = 1.0;

    /**
     * The share of fairness moves that are unequal seat exchanges ({@link FairnessMoves#setExchangeShare}).
     * Measured on S and M, seeds 1-3 (docs/benchmark.md, "Seat exchanges"): at 0.15 the default
     * weights' score rose 1-7% on S and moved -0.6 to +1.0% on M; at 0.33 S seed 3 gained 26% but
     * M seed 1 lost 3.7%.
     */
    static final double EXCHANGE_SHARE = 0.15;

    /**
     * Rest day moves ({@link RestDayMoves}) are not drawn by default: on the 7-day camp they took
     * days past five from 25-26 to 18-21 but ended 1-6% worse by the default weights, in every
     * pair measured (docs/benchmark.md, "Rest day moves on M").
     */
    static final double REST_DAY_MOVE_WEIGHT = 0;

    private RosterSolverConfig() {
    }

    public static SolverConfig create() {
        return create(true);
    }

    /** With or without {@link FairnessMoves}, so the benchmark can show what they are worth. */
    public static SolverConfig create(boolean fairnessMoves) {
        return create(fairnessMoves ? FAIRNESS_MOVE_WEIGHT : 0);
    }

    /**
     * With fairness moves drawn {@code fairnessMoveWeight} times as often as each plain kind
     * (0 for none), so the benchmark can compare mixes.
     */
    public static SolverConfig create(double fairnessMoveWeight) {
        return create(fairnessMoveWeight, REST_DAY_MOVE_WEIGHT);
    }

    /**
     * As {@link #create()}, with {@link RestDayMoves} drawn {@code restDayMoveWeight} times as
     * often as each plain kind of move, for the benchmark to show what they are worth.
     */
    public static SolverConfig createWithRestDayMoves(double restDayMoveWeight) {
        return create(FAIRNESS_MOVE_WEIGHT, restDayMoveWeight);
    }

    /**
     * As {@link #create()}, with fairness moves that give a busy volunteer's optional seat up to
     * nobody in {@code giveUpShare} of their draws ({@link FairnessMoves#setGiveUpShare}), for the
     * benchmark to show what they are worth.
     */
    public static SolverConfig createWithGiveUps(double giveUpShare) {
        return withFairnessMoveProperty("giveUpShare", giveUpShare);
    }

    /**
     * As {@link #create()}, with fairness moves that are unequal seat exchanges in
     * {@code exchangeShare} of their draws ({@link FairnessMoves#setExchangeShare}), for the
     * benchmark to show what they are worth.
     */
    public static SolverConfig createWithExchanges(double exchangeShare) {
        return withFairnessMoveProperty("exchangeShare", exchangeShare);
    }

    /** {@link #create()} with one custom property of {@link FairnessMoves} set in both local search phases. */
    private static SolverConfig withFairnessMoveProperty(String name, double value) {
        SolverConfig config = create();
        for (var phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig search
                    && search.getMoveSelectorConfig() instanceof UnionMoveSelectorConfig union) {
                union.getMoveSelectorList().stream().filter(MoveIteratorFactoryConfig.class::isInstance)
                        .map(MoveIteratorFactoryConfig.class::cast)
                        .filter(factory -> factory.getMoveIteratorFactoryClass() == FairnessMoves.class)
                        .forEach(factory -> {
                            Map<String, String> properties = new HashMap<>(Objects.requireNonNullElse(
                                    factory.getMoveIteratorFactoryCustomProperties(), Map.of()));
                            properties.put(name, Double.toString(value));
                            factory.setMoveIteratorFactoryCustomProperties(properties);
                        });
            }
        }
        return config;
    }

    private static SolverConfig create(double fairnessMoveWeight, double restDayMoveWeight) {
        return model().withPhaseList(List.of(fairStart(), levelTrials(),
                tabu(false, fairnessMoveWeight, restDayMoveWeight)
                        .withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(TABU_UNIMPROVED)),
                lateAcceptance(fairnessMoveWeight, restDayMoveWeight)));
    }

    /**
     * As {@link #create()}, but without {@link LevelTrials}: the search starts from the start's
     * level of work, for the benchmark to show what the trials are worth.
     */
    public static SolverConfig createWithoutLevelTrials() {
        return model().withPhaseList(List.of(fairStart(),
                tabu(false, FAIRNESS_MOVE_WEIGHT)
                        .withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(TABU_UNIMPROVED)),
                lateAcceptance(FAIRNESS_MOVE_WEIGHT)));
    }

    public static CustomPhaseConfig fairStart() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FairStart.class));
    }

    /**
     * Evening out at a few levels of work above the start's ({@link LevelTrials}), keeping a trial
     * only if it beats the start searched briefly.
     */
    public static CustomPhaseConfig levelTrials() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(LevelTrials.class));
    }

    /** The model and rules alone, with Timefold's default phases: the benchmark's reference. */
    public static SolverConfig model() {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Seat.class, Stay.class)
                .withConstraintProviderClass(RosterConstraintProvider.class);
    }

    /** Each step takes the best of 1000 moves; 2% of seats and stays just moved may not move again. */
    public static LocalSearchPhaseConfig tabu(boolean pillarSwaps, boolean fairnessMoves) {
        return tabu(pillarSwaps, fairnessMoves ? FAIRNESS_MOVE_WEIGHT : 0);
    }

    static LocalSearchPhaseConfig tabu(boolean pillarSwaps, double fairnessMoveWeight) {
        return tabu(pillarSwaps, fairnessMoveWeight, REST_DAY_MOVE_WEIGHT);
    }

    private static LocalSearchPhaseConfig tabu(boolean pillarSwaps, double fairnessMoveWeight, double restDayMoveWeight) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(eligibleMoves(pillarSwaps, fairnessMoveWeight, restDayMoveWeight))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
    }

    /** Timefold's default acceptor: late acceptance over 400 steps, the first accepted move each step. */
    public static LocalSearchPhaseConfig lateAcceptance(boolean fairnessMoves) {
        return lateAcceptance(fairnessMoves ? FAIRNESS_MOVE_WEIGHT : 0);
    }

    static LocalSearchPhaseConfig lateAcceptance(double fairnessMoveWeight) {
        return lateAcceptance(fairnessMoveWeight, REST_DAY_MOVE_WEIGHT);
    }

    private static LocalSearchPhaseConfig lateAcceptance(double fairnessMoveWeight, double restDayMoveWeight) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(eligibleMoves(false, fairnessMoveWeight, restDayMoveWeight))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * Changes and swaps of seats that only offer a seat to someone who could take it
     * ({@link EligibleMoves}), bed changes and swaps, {@link FairnessMoves} and
     * {@link RestDayMoves} at the given weights (0 for none), and optionally pillar swaps
     * (several seats traded between two people at once).
     */
    static UnionMoveSelectorConfig eligibleMoves(boolean pillars, double fairnessMoveWeight, double restDayMoveWeight) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Change.class),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Swap.class),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class)),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Stay.class))));
        if (fairnessMoveWeight > 0) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FairnessMoves.class)
                    .withFixedProbabilityWeight(fairnessMoveWeight)
                    .withMoveIteratorFactoryCustomProperties(Map.of("exchangeShare", Double.toString(EXCHANGE_SHARE))));
        }
        if (restDayMoveWeight > 0) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RestDayMoves.class)
                    .withFixedProbabilityWeight(restDayMoveWeight));
        }
        if (pillars) {
            moves.add(new PillarSwapMoveSelectorConfig().withPillarSelectorConfig(
                    new PillarSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))));
        }
        return new UnionMoveSelectorConfig(moves);
    }
}
