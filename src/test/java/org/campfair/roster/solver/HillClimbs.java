package org.campfair.roster.solver;

import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.stay;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;

/**
 * Hand-made camps for the compound moves' tests, and a hill climb over the solver's seat moves
 * (eligible changes and swaps, {@link FairnessMoves}) with or without a compound move: a climb
 * takes no step that makes the roster worse, so it shows which rosters a neighbourhood reaches
 * in one step from where the others are stuck.
 */
final class HillClimbs {

    /** The roster's metamodel, for tests that build or execute moves by hand. */
    static final PlanningSolutionMetaModel<Roster> MODEL =
            PlanningSolutionMetaModel.of(Roster.class, Seat.class, Stay.class);
    /** The seat's volunteer variable, which the compound moves change. */
    static final PlanningVariableMetaModel<Roster, Seat, Volunteer> VOLUNTEER =
            MODEL.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class);

    private HillClimbs() {
    }

    static Roster roster(List<Volunteer> volunteers, List<Seat> seats) {
        List<Bed> beds = new ArrayList<>();
        for (int i = 0; i < volunteers.size(); i++) {
            beds.add(bed(100 + i).build());
        }
        List<Shift> shifts = seats.stream().map(Seat::getShift).distinct().toList();
        return new Roster(1, volunteers, shifts, beds, seats,
                volunteers.stream().map(v -> stay(v, beds.get(volunteers.indexOf(v)))).toList());
    }

    @SafeVarargs
    static Roster climb(Roster roster, Class<? extends MoveIteratorFactory<Roster, ?>>... compound) {
        return climb(roster, Map.of(), compound);
    }

    /** As {@link #climb(Roster, Class[])}, with {@link FairnessMoves}' custom properties set (such as {@code exchangeShare}). */
    @SafeVarargs
    static Roster climb(Roster roster, Map<String, String> fairnessMoveProperties,
            Class<? extends MoveIteratorFactory<Roster, ?>>... compound) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Change.class),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                        .withFilterClass(EligibleMoves.Swap.class),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FairnessMoves.class)
                        .withMoveIteratorFactoryCustomProperties(fairnessMoveProperties)));
        for (var factory : compound) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(factory));
        }
        return SolverFactory.<Roster>create(RosterSolverConfig.model()
                        .withPhaseList(List.of(new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300)
                                        .withSpentLimit(Duration.ofSeconds(3))))))
                .buildSolver().solve(roster);
    }

    /** Whole hours worked, by nickname; nobody without work is listed. */
    static Map<String, Long> hours(Roster roster) {
        Map<String, Long> hours = new HashMap<>();
        Fairness.workedMinutes(roster).forEach((v, minutes) -> hours.put(v.getNickname(), minutes / 60));
        return hours;
    }
}
