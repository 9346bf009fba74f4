package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.THURSDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.Test;

class FairnessMovesTest {

    private final Volunteer ana = volunteer(1, "Ana").skills("cooking").build();
    private final Volunteer ben = volunteer(2, "Ben").skills("cooking").build();
    private final Volunteer cai = volunteer(3, "Cai").build();
    private final Volunteer dan = volunteer(4, "Dan").skills("cooking").build();

    @Test
    void busySeatsGoOnlyToLessBusyPeopleWhoCanTakeThem() {
        // Ana cooks every day; Cai cannot cook; Dan already has breakfast Monday at the same time.
        List<Shift> cooking = List.of(
                shift(10, "Cooking", MONDAY, 7, 10).requires("cooking").build(),
                shift(11, "Cooking", TUESDAY, 7, 10).requires("cooking").build(),
                shift(12, "Cooking", WEDNESDAY, 7, 10).requires("cooking").build());
        Shift breakfast = shift(13, "Breakfast", MONDAY, 7, 9).requires("cooking").build();
        List<Seat> seats = new ArrayList<>(cooking.stream().map(s -> seat(s, 0, ana)).toList());
        seats.get(2).setPinned(true); // the organizer fixed Ana on Wednesday
        seats.add(seat(breakfast, 0, dan));
        Roster roster = roster(List.of(ana, ben, cai, dan), seats);

        FairnessMoves moves = new FairnessMoves();
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        Random random = new Random(7);
        List<FairnessMoves.HandOver> handOvers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Move<Roster> move = moves.nextMove(random);
            if (move instanceof FairnessMoves.HandOver handOver) {
                handOvers.add(handOver);
            } else if (move instanceof FairnessMoves.Trade) {
                // Dan's 2-hour breakfast for Ana's 3-hour Monday cooking: any other cooking
                // shift would leave Ana on two Monday shifts at once.
                assertThat(move.getPlanningEntities()).extracting(seat -> ((Seat) seat).getShift())
                        .containsExactly(cooking.get(0), breakfast);
            } else {
                assertThat(move).isInstanceOf(NothingToMove.class);
            }
        }
        assertThat(handOvers).isNotEmpty().allSatisfy(handOver -> {
            assertThat(handOver.seat().getVolunteer()).isEqualTo(ana);
            assertThat(handOver.to()).isIn(ben, dan);
            assertThat(handOver.to() == dan && handOver.seat().getShift() == cooking.get(0)).isFalse();
            assertThat(handOver.seat().getShift()).isNotEqualTo(cooking.get(2));
        });
        assertThat(handOvers).anyMatch(handOver -> handOver.to() == ben)
                .anyMatch(handOver -> handOver.to() == dan);
    }

    @Test
    void newcomersGetNoHeavyWorkInTheirFirstTwoDays() {
        Volunteer kai = volunteer(5, "Kai").skills("cooking").returning().build();
        Volunteer nia = volunteer(6, "Nia").skills("cooking").build(); // a newcomer, arrives Monday
        List<Shift> heavy = List.of(
                shift(30, "Cooking", MONDAY, 7, 10).requires("cooking").intensity(Intensity.HEAVY).build(),
                shift(31, "Cooking", TUESDAY, 7, 10).requires("cooking").intensity(Intensity.HEAVY).build(),
                shift(32, "Cooking", WEDNESDAY, 7, 10).requires("cooking").intensity(Intensity.HEAVY).build());
        Roster roster = roster(List.of(kai, nia), heavy.stream().map(s -> seat(s, 0, kai)).toList());

        FairnessMoves moves = new FairnessMoves();
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        Random random = new Random(11);
        List<Shift> handedToNia = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (moves.nextMove(random) instanceof FairnessMoves.HandOver handOver) {
                handedToNia.add(handOver.seat().getShift());
            }
        }
        assertThat(handedToNia).isNotEmpty().containsOnly(heavy.get(2));
    }

    @Test
    void nobodyIsHandedASixthWorkingDayInARow() {
        // Ana is busiest, with Saturday; Ben works an hour every weekday, Cai on Thursday.
        // Saturday may be handed to Cai, and to Ben only in a trade that takes one of his
        // weekdays away.
        Volunteer ana = volunteer(1, "Ana").build();
        Volunteer ben = volunteer(2, "Ben").build();
        Volunteer cai = volunteer(3, "Cai").build();
        Shift saturday = shift(40, "Harvest", MONDAY.plusDays(5), 8, 12).build();
        List<Seat> seats = new ArrayList<>(List.of(seat(saturday, 0, ana),
                seat(shift(41, "Harvest", MONDAY.plusDays(6), 8, 12).build(), 0, ana),
                seat(shift(42, "Harvest", MONDAY, 10, 14).build(), 0, ana),
                seat(shift(43, "Harvest", THURSDAY, 10, 11).build(), 0, cai)));
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Weeding", MONDAY.plusDays(day), 8, 9).build(), 0, ben));
        }
        Roster roster = roster(List.of(ana, ben, cai), seats);

        FairnessMoves moves = new FairnessMoves();
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        Random random = new Random(5);
        List<Volunteer> saturdayTo = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Move<Roster> move = moves.nextMove(random);
            if (move instanceof FairnessMoves.HandOver handOver && handOver.seat().getShift() == saturday) {
                saturdayTo.add(handOver.to());
            }
        }
        assertThat(saturdayTo).isNotEmpty().containsOnly(cai);
    }

    @Test
    void nobodyIsHandedWorkOnAPlannedDayOff() {
        // Ana cooks Monday to Wednesday; Ben, idle, has a planned day off on Tuesday.
        List<Shift> cooking = List.of(
                shift(10, "Cooking", MONDAY, 7, 10).requires("cooking").build(),
                shift(11, "Cooking", TUESDAY, 7, 10).requires("cooking").build(),
                shift(12, "Cooking", WEDNESDAY, 7, 10).requires("cooking").build());
        Roster roster = roster(List.of(ana, ben), cooking.stream().map(s -> seat(s, 0, ana)).toList());
        roster.setPlannedDaysOff(Map.of(ben, Set.of(TUESDAY)));

        FairnessMoves moves = new FairnessMoves();
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        Random random = new Random(3);
        List<Shift> handedToBen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (moves.nextMove(random) instanceof FairnessMoves.HandOver handOver) {
                handedToBen.add(handOver.seat().getShift());
            }
        }
        assertThat(handedToBen).isNotEmpty().doesNotContain(cooking.get(1))
                .contains(cooking.get(0), cooking.get(2));
    }

    @Test
    void aTradeSwapsTwoSeatsAndAHandOverMovesOneOnTimefoldsMoveApi() {
        Shift mon = shift(20, "Cooking", MONDAY, 8, 12).requires("cooking").build();
        Shift tue = shift(21, "Cooking", TUESDAY, 8, 10).requires("cooking").build();
        Roster roster = roster(List.of(ana, ben), List.of(seat(mon, 0, ana), seat(tue, 0, ben)));
        Seat monday = roster.getSeats().get(0);
        Seat tuesday = roster.getSeats().get(1);
        var context = MoveTester.build(MODEL).using(roster);

        context.executeTemporarily(new FairnessMoves.Trade(VOLUNTEER, monday, tuesday), view -> {
            assertThat(view.getValue(VOLUNTEER, monday)).isEqualTo(ben);
            assertThat(view.getValue(VOLUNTEER, tuesday)).isEqualTo(ana);
        });
        assertThat(monday.getVolunteer()).as("undone after the evaluation").isEqualTo(ana);
        assertThat(tuesday.getVolunteer()).isEqualTo(ben);

        context.execute(new FairnessMoves.HandOver(VOLUNTEER, monday, ben));
        assertThat(monday.getVolunteer()).isEqualTo(ben);
        assertThat(tuesday.getVolunteer()).isEqualTo(ben);
    }

    @Test
    void aSolveWithOnlyFairnessMovesTradesAndHandsOverUntilTheWorkIsEven() {
        // Ana works 4 + 3 hours, Ben 2 + 2. Handing over a whole shift can only swing the
        // difference past even; trading Ana's 4-hour shift for Ben's 2-hour one (or the
        // 3-hour one for a 2-hour one) leaves them an hour apart, the best there is.
        Shift mon = shift(20, "Cooking", MONDAY, 8, 12).requires("cooking").build();
        Shift tue = shift(21, "Cooking", TUESDAY, 8, 10).requires("cooking").build();
        Shift wed = shift(22, "Cooking", WEDNESDAY, 8, 11).requires("cooking").build();
        Shift thu = shift(23, "Cooking", THURSDAY, 8, 10).requires("cooking").build();
        Roster roster = roster(List.of(ana, ben),
                List.of(seat(mon, 0, ana), seat(tue, 0, ben), seat(wed, 0, ana), seat(thu, 0, ben)));

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.model()
                        .withPhaseList(List.of(new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(FairnessMoves.class))
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(100)
                                        .withSpentLimit(Duration.ofSeconds(2))))))
                .buildSolver().solve(roster);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(hours(solved).values()).containsExactlyInAnyOrder(5L, 6L);
        assertThat(Fairness.of(solved).gapPercent()).isZero();
    }

    @Test
    void givingUpDropsOnlyABusyVolunteersSeatAboveTheShiftsMinimum() {
        // Ana cooks Monday (the shift's one required seat) and Tuesday (a seat above a minimum of
        // none); Cai cannot cook, so nobody can take either seat from her.
        Shift mon = shift(30, "Cooking", MONDAY, 8, 11).requires("cooking").build();
        Shift tue = shift(31, "Cooking", TUESDAY, 8, 11).requires("cooking").headcount(0, 1).build();
        Roster roster = roster(List.of(ana, cai), List.of(seat(mon, 0, ana), seat(tue, 0, ana)));
        Seat tuesday = roster.getSeats().get(1);

        assertThat(draws(roster, 0)).as("not given up by default").containsOnly(NothingToMove.INSTANCE);
        assertThat(draws(roster, 1)).isNotEmpty().allSatisfy(move -> {
            var handOver = (FairnessMoves.HandOver) move;
            assertThat(handOver.seat()).isSameAs(tuesday);
            assertThat(handOver.to()).isNull();
        });
    }

    @Test
    void aSolveWithGiveUpsEmptiesTheOptionalSeatOnlyTheBusyCouldHold() {
        Shift mon = shift(30, "Cooking", MONDAY, 8, 11).requires("cooking").build();
        Shift tue = shift(31, "Cooking", TUESDAY, 8, 11).requires("cooking").headcount(0, 1).build();
        Roster roster = roster(List.of(ana, cai), List.of(seat(mon, 0, ana), seat(tue, 0, ana)));

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.model()
                        .withPhaseList(List.of(new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(FairnessMoves.class)
                                        .withMoveIteratorFactoryCustomProperties(Map.of("giveUpShare", "0.5")))
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(20)
                                        .withSpentLimit(Duration.ofSeconds(2))))))
                .buildSolver().solve(roster);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.getSeats()).extracting(Seat::getVolunteer).containsExactly(ana, null);
    }

    private List<Object> draws(Roster roster, double giveUpShare) {
        FairnessMoves moves = new FairnessMoves();
        moves.setGiveUpShare(giveUpShare);
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        Random random = new Random(3);
        List<Object> drawn = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            drawn.add(moves.nextMove(random));
        }
        return drawn;
    }

    private static Map<String, Long> hours(Roster roster) {
        Map<String, Long> hours = new HashMap<>();
        Fairness.workedMinutes(roster).forEach((v, minutes) -> hours.put(v.getNickname(), minutes / 60));
        return hours;
    }
}
