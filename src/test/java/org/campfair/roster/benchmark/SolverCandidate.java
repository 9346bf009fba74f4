package org.campfair.roster.benchmark;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.campfair.roster.solver.RosterSolverConfig;

/**
 * Solver configurations the benchmark compares, all with the same model and rules. The
 * winner of the comparison (FairStart, tabu without pillar swaps, then late acceptance) is
 * now {@link RosterSolverConfig#create()} itself.
 */
enum SolverCandidate {

    /** RosterSolverConfig as it is. */
    DEFAULT(RosterSolverConfig::create),

    /** As DEFAULT, but without FairnessMoves: only the plain changes and swaps. */
    WITHOUT_FAIRNESS_MOVES(() -> RosterSolverConfig.create(false)),

    /** As DEFAULT, but fairness moves drawn three times as often as each plain kind of move. */
    FAIRNESS_MOVES_X3(() -> RosterSolverConfig.create(3.0)),

    /**
     * As DEFAULT, but FairStart plans no days off: FairStart and FairBalance may give someone a
     * sixth working day in a row, which the search then has to undo.
     */
    WITHOUT_DAY_OFF_PLANNING(() -> withStartProperty("planDaysOff", "false")),

    /**
     * As DEFAULT, but FairBalance stops after its exchanges and top-ups: no day is dealt again
     * as a minimum-cost flow.
     */
    WITHOUT_DAY_FLOWS(() -> withStartProperty("dayFlows", "false")),

    /**
     * As DEFAULT, but days off are planned in fixed turns (DaysInARow.plannedDayOff, stays of
     * twelve days or more) instead of by the day-pattern stage (DayPlans).
     */
    WITHOUT_DAY_PLANS(() -> withStartProperty("dayPlans", "false")),

    /**
     * As DEFAULT, but the balance pass also keeps to the planned days off themselves, not only to
     * no sixth day in a row.
     */
    KEEPING_DAY_PLANS(() -> withStartProperty("keepDayPlans", "true")),

    /** FairStart alone: how fair the roster is before any local search. */
    FAIR_START_ONLY(() -> RosterSolverConfig.model().withPhaseList(List.of(RosterSolverConfig.fairStart()))),

    /** The model with Timefold's default phases: default construction, then late acceptance. */
    TIMEFOLD_DEFAULT(RosterSolverConfig::model),

    /** As DEFAULT, but tabu also swaps pillars (several seats at once between two people). */
    WITH_PILLARS(() -> RosterSolverConfig.model().withPhaseList(List.of(RosterSolverConfig.fairStart(),
            RosterSolverConfig.tabu(true, true).withTerminationConfig(new TerminationConfig()
                    .withUnimprovedSpentLimit(Duration.ofSeconds(3))),
            RosterSolverConfig.lateAcceptance(true)))),

    /** As DEFAULT, without LevelTrials between the start and the search (the default until 2026-12-06). */
    WITHOUT_LEVEL_TRIALS(RosterSolverConfig::createWithoutLevelTrials),

    /** As DEFAULT, with RestDayMoves drawn half as often as each plain kind of move. */
    REST_DAY_MOVES(() -> RosterSolverConfig.createWithRestDayMoves(0.5)),

    /** As DEFAULT, with RestDayMoves drawn 0.15 times as often as each plain kind of move. */
    REST_DAY_MOVES_LIGHT(() -> RosterSolverConfig.createWithRestDayMoves(0.15)),

    /** As DEFAULT, with a quarter of the fairness moves giving a busy volunteer's optional seat up to nobody. */
    GIVE_UPS(() -> RosterSolverConfig.createWithGiveUps(0.25)),

    /**
     * As DEFAULT, without unequal seat exchanges among the fairness moves in the two local search
     * phases (the default until 2026-12-06). The level trials' race still draws them at the
     * default share: its leg is the solver's own first phase.
     */
    WITHOUT_EXCHANGES(() -> RosterSolverConfig.createWithExchanges(0)),

    /**
     * As DEFAULT, with another share of the fairness moves unequal seat exchanges between two
     * people in the two local search phases: -Dbench.exchangeShare (0.33 unless set; the default
     * is 0.15, which the level trials' race keeps).
     */
    EXCHANGES(() -> RosterSolverConfig.createWithExchanges(
            Double.parseDouble(System.getProperty("bench.exchangeShare", "0.33")))),

    /**
     * As DEFAULT, but the local search does not keep the start's rest days (ForgetRestDays): only
     * the day-off rule's weight keeps days off, as before the search kept them.
     */
    FREE_REST_DAYS(() -> {
        var config = RosterSolverConfig.create();
        var phases = new java.util.ArrayList<>(config.getPhaseConfigList());
        phases.add(2, new ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(ForgetRestDays.class)));
        return config.withPhaseList(phases);
    }),

    /** FairStart, then late acceptance only. */
    LATE_ACCEPTANCE_ONLY(() -> RosterSolverConfig.model().withPhaseList(List.of(RosterSolverConfig.fairStart(),
            RosterSolverConfig.lateAcceptance(true))));

    private final Supplier<SolverConfig> config;

    SolverCandidate(Supplier<SolverConfig> config) {
        this.config = config;
    }

    SolverConfig config() {
        return config.get();
    }

    /** DEFAULT with one custom property of FairStart, its first phase, set. */
    private static SolverConfig withStartProperty(String name, String value) {
        var config = RosterSolverConfig.create();
        var phases = new java.util.ArrayList<>(config.getPhaseConfigList());
        phases.set(0, RosterSolverConfig.fairStart().withCustomProperties(java.util.Map.of(name, value)));
        return config.withPhaseList(phases);
    }
}
