package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;
import static org.campfair.roster.solver.HillClimbs.roster;
import static org.campfair.roster.solver.HillClimbs.MODEL;
import static org.campfair.roster.solver.HillClimbs.VOLUNTEER;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MoveTester;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class RestDayMovesTest {

    // Returning volunteers, so the gentle start does not limit who takes what.
    private final Volunteer ana = volunteer(1, "Ana").skills("cooking").returning().build();
    private final Volunteer ben = volunteer(2, "Ben").skills("cooking").returning().build();
    private final Volunteer cai = volunteer(3, "Cai").returning().build();

    @Test
    void aSixthDayIsFreedInOneStepWithTheHoursGivenBackOnADayWorkedAnyway() {
        // Ana cooks 4 hours on each of the seven days; Ben cooks in the afternoon on two of them;
        // Cai cannot cook.
        Roster roster = weekOfCooking(List.of(MONDAY, MONDAY.plusDays(1)));
        long anaMinutes = Fairness.workedMinutes(roster).get(ana);
        long benMinutes = Fairness.workedMinutes(roster).get(ben);
        RestDayMoves moves = started(roster);
        var context = MoveTester.build(MODEL).using(roster);
        Random random = new Random(3);
        int restDays = 0;
        for (int i = 0; i < 50; i++) {
            Move<Roster> move = moves.nextMove(random);
            assertThat(move).isInstanceOf(Reassign.class);
            restDays++;
            context.executeTemporarily(move, view -> {
                assertThat(RulesKept.daysPastFive(roster)).as("after %s", move).isZero();
                assertThat(Fairness.workedMinutes(roster).get(ana)).isEqualTo(anaMinutes);
                assertThat(Fairness.workedMinutes(roster).get(ben)).isEqualTo(benMinutes);
                assertThat(Fairness.workedMinutes(roster)).doesNotContainKey(cai);
            });
        }
        assertThat(restDays).isEqualTo(50);
        assertThat(RulesKept.daysPastFive(roster)).as("undone after the evaluation").isEqualTo(2);
    }

    @Test
    void noMoveWhenNobodyElseCanTakeTheDaysRequiredSeat() {
        // Only Ana cooks: each day's required cooking seat has nobody else to go to.
        Volunteer lone = volunteer(2, "Ben").returning().build();
        List<Seat> seats = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            seats.add(seat(shift(10 + day, "Cooking", MONDAY.plusDays(day), 8, 12).requires("cooking").build(), 0, ana));
        }
        RestDayMoves moves = started(roster(List.of(ana, lone, cai), seats));
        Random random = new Random(5);
        for (int i = 0; i < 20; i++) {
            assertThat(moves.nextMove(random)).isInstanceOf(NothingToMove.class);
        }
    }

    @Test
    void noMoveForSomeoneWhoRestsAfterFiveDays() {
        List<Seat> seats = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            if (day != 3) {
                seats.add(seat(shift(10 + day, "Cooking", MONDAY.plusDays(day), 8, 12).requires("cooking").build(), 0, ana));
            }
        }
        RestDayMoves moves = started(roster(List.of(ana, ben, cai), seats));
        assertThat(moves.nextMove(new Random(1))).isInstanceOf(NothingToMove.class);
    }

    @Test
    void oneStepOfASearchWithRestDayMovesRestsAnaWithoutChangingAnyonesHours() {
        Roster roster = weekOfCooking(List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(6)));
        var before = Fairness.workedMinutes(roster);

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.model()
                        .withPhaseList(List.of(new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(RestDayMoves.class))
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(1)
                                        .withSpentLimit(Duration.ofSeconds(2))))))
                .buildSolver().solve(roster);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(RulesKept.daysPastFive(solved)).isZero();
        assertThat(Fairness.workedMinutes(solved)).isEqualTo(before);
    }

    /** Ana cooks 8-12 every day of the week, Ben 13-17 on {@code bensDays}. */
    private Roster weekOfCooking(List<LocalDate> bensDays) {
        List<Seat> seats = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            seats.add(seat(shift(10 + day, "Cooking", MONDAY.plusDays(day), 8, 12).requires("cooking").build(), 0, ana));
        }
        for (int i = 0; i < bensDays.size(); i++) {
            seats.add(seat(shift(20 + i, "Cooking", bensDays.get(i), 13, 17).requires("cooking").build(), 0, ben));
        }
        return roster(List.of(ana, ben, cai), seats);
    }

    private static RestDayMoves started(Roster roster) {
        RestDayMoves moves = new RestDayMoves();
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        return moves;
    }
}
