package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.THURSDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.emptySeats;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterSolverConfig;
import org.junit.jupiter.api.Test;

class FairStartTest {

    @Test
    void requiredSeatsGoToWhoeverHasWorkedLeastAndExtraSeatsStayEmpty() {
        List<Volunteer> volunteers = List.of(volunteer(1, "Ana").build(), volunteer(2, "Ben").build(),
                volunteer(3, "Cai").skills("cooking").build());
        List<Shift> shifts = List.of(
                shift(10, "Cooking", MONDAY, 7, 9).requires("cooking").build(),
                shift(11, "Weeding", MONDAY, 9, 11).headcount(1, 3).build(),
                shift(12, "Weeding", MONDAY, 13, 15).build());
        var roster = new Roster(1, volunteers, shifts, List.of(bed(1).build(), bed(2).build(), bed(3).build()),
                shifts.stream().flatMap(s -> emptySeats(s).stream()).toList(),
                volunteers.stream().map(v -> stay(v, null)).toList());

        Roster started = SolverFactory.<Roster>create(RosterSolverConfig.create().withPhaseList(List.of(
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FairStart.class)))))
                .buildSolver().solve(roster);

        assertThat(started.getScore().hardScore()).isZero();
        assertThat(started.getScore().mediumScore()).isZero();
        assertThat(Stream.of(10L, 11L, 12L).map(id -> volunteersOf(started, id)))
                .containsExactly(List.of("Cai"), List.of("Ana", "-", "-"), List.of("Ben"));
    }

    @Test
    void seatsHeldByTheBusiestAreHandedToWhoeverCanTakeThem() {
        Volunteer ana = volunteer(1, "Ana").skills("cooking").build();
        Volunteer ben = volunteer(2, "Ben").skills("cooking").build();
        Volunteer cai = volunteer(3, "Cai").build();
        Volunteer dan = volunteer(4, "Dan").skills("cooking").build();
        List<Shift> shifts = List.of(
                shift(10, "Cooking", MONDAY, 7, 10).requires("cooking").build(),
                shift(11, "Cooking", TUESDAY, 7, 10).requires("cooking").build(),
                shift(12, "Cooking", WEDNESDAY, 7, 10).requires("cooking").build());
        Roster started = fairStart(List.of(ana, ben, cai, dan),
                shifts.stream().map(shift -> seat(shift, 0, ana)).toList());

        assertThat(hours(started)).containsOnly(entry("Ana", 3L), entry("Ben", 3L), entry("Dan", 3L));
    }

    @Test
    void aLongerShiftIsTradedForAShorterOneWhenHandingItOverWouldOvershoot() {
        // Ana works 4 + 3 hours, Ben 2 + 2: handing over either of Ana's shifts leaves them as
        // far apart as before; trading her 4 hours for Ben's 2 leaves them an hour apart.
        Volunteer ana = volunteer(1, "Ana").build();
        Volunteer ben = volunteer(2, "Ben").build();
        Roster started = fairStart(List.of(ana, ben), List.of(
                seat(shift(20, "Weeding", MONDAY, 8, 12).build(), 0, ana),
                seat(shift(21, "Weeding", TUESDAY, 8, 10).build(), 0, ben),
                seat(shift(22, "Weeding", WEDNESDAY, 8, 11).build(), 0, ana),
                seat(shift(23, "Weeding", THURSDAY, 8, 10).build(), 0, ben)));

        assertThat(hours(started).values()).containsExactlyInAnyOrder(5L, 6L);
        assertThat(started.getScore().hardScore()).isZero();
    }

    @Test
    void plannedDaysOffGiveNobodyASixthWorkingDayInARowWhileSomeoneElseCanTakeTheSeat() {
        // Ana works an hour every weekday, Ben seven hours on Monday. Ana has worked least,
        // but Saturday would be her sixth day in a row, so the seat goes to Ben, or Ana takes
        // it in a trade that gives Ben one of her weekdays. Both stay a fortnight: days off are
        // planned in stays of twelve days or more.
        Volunteer ana = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(13)).build();
        Volunteer ben = volunteer(2, "Ben").staying(MONDAY, MONDAY.plusDays(13)).build();
        List<Seat> seats = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Weeding", MONDAY.plusDays(day), 8, 9).build(), 0, ana));
        }
        seats.add(seat(shift(40, "Harvest", MONDAY, 8, 15).build(), 0, ben));
        seats.add(seat(shift(41, "Harvest", MONDAY.plusDays(5), 8, 10).build(), 0, null));

        Roster started = fairStart(List.of(ana, ben), seats, true);

        assertThat(started.getScore().mediumScore()).isZero();
        assertThat(started.getScore().hardScore()).isZero();
        assertThat(maxDaysInARow(started, ana)).isLessThanOrEqualTo(5);
        assertThat(maxDaysInARow(started, ben)).isLessThanOrEqualTo(5);
    }

    @Test
    void byDefaultNobodyGetsASixthDayInARowWhenSomeoneElseCanWork() {
        List<Seat> seats = fiveDaysForAnaAndALongMondayForBen(14);

        Roster started = defaultStart(seats);

        // Ben takes it, or Ana takes it and trades a weekday's hour to Ben: either way nobody
        // works a sixth day in a row.
        assertThat(started.getVolunteers()).allSatisfy(v -> assertThat(maxDaysInARow(started, v)).isLessThanOrEqualTo(5));
        assertThat(volunteersOf(started, 41)).doesNotContain("-");
    }

    @Test
    void withoutPlannedDaysOffTheLeastBusyGetsTheSixthDay() {
        List<Seat> seats = fiveDaysForAnaAndALongMondayForBen(14);

        Roster started = fairStart(rosterOf(seats).getVolunteers(), seats, false);

        assertThat(volunteersOf(started, 41)).containsExactly("Ana");
        assertThat(maxDaysInARow(started, seats.getFirst().getVolunteer())).isEqualTo(6);
    }

    @Test
    void aWeekLongStayLeavesItsDayOffToTheSearch() {
        List<Seat> seats = fiveDaysForAnaAndALongMondayForBen(7);

        Roster started = defaultStart(seats);

        assertThat(volunteersOf(started, 41)).containsExactly("Ana");
    }

    @Test
    void whoeverWorkedLongerThanPlannedGetsLessOfWhatIsAhead() {
        // Monday is past: Ana and Ben each had four hours. Tuesday to Thursday hold three hours
        // each to hand out. As planned, the tie goes to Ana twice; confirmed at seven hours, she
        // gets one seat and Ben two, and both end at ten hours worked.
        assertThat(futureHoursOfAna(null)).isEqualTo(6);
        assertThat(futureHoursOfAna(4 * 60)).isEqualTo(6);
        assertThat(futureHoursOfAna(7 * 60)).isEqualTo(3);
    }

    private static long futureHoursOfAna(Integer confirmedMinutesOfAnasMonday) {
        Volunteer ana = volunteer(1, "Ana").build();
        Volunteer ben = volunteer(2, "Ben").build();
        Seat anasMonday = seat(shift(60, "Weeding", MONDAY, 8, 12).build(), 0, ana);
        Seat bensMonday = seat(shift(61, "Weeding", MONDAY, 8, 12).build(), 0, ben);
        anasMonday.setPinned(true);
        bensMonday.setPinned(true);
        if (confirmedMinutesOfAnasMonday != null) {
            anasMonday.confirm(confirmedMinutesOfAnasMonday);
        }
        List<Seat> seats = List.of(anasMonday, bensMonday,
                seat(shift(62, "Weeding", TUESDAY, 8, 11).build(), 0, null),
                seat(shift(63, "Weeding", WEDNESDAY, 8, 11).build(), 0, null),
                seat(shift(64, "Weeding", THURSDAY, 8, 11).build(), 0, null));

        Roster started = fairStart(List.of(ana, ben), seats);

        return started.getSeats().stream().filter(seat -> seat.getShift().getDay().isAfter(MONDAY))
                .filter(seat -> ana.equals(seat.getVolunteer()))
                .mapToLong(seat -> seat.getShift().durationMinutes()).sum() / 60;
    }

    /**
     * Ana works an hour Monday to Friday, Ben seven hours on Monday; Saturday's seat is empty.
     * Both stay {@code days} days from Monday.
     */
    private static List<Seat> fiveDaysForAnaAndALongMondayForBen(int days) {
        Volunteer ana = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(days - 1)).build();
        Volunteer ben = volunteer(2, "Ben").staying(MONDAY, MONDAY.plusDays(days - 1)).build();
        List<Seat> seats = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Weeding", MONDAY.plusDays(day), 8, 9).build(), 0, ana));
        }
        seats.add(seat(shift(40, "Harvest", MONDAY, 8, 15).build(), 0, ben));
        seats.add(seat(shift(41, "Harvest", MONDAY.plusDays(5), 8, 10).build(), 0, null));
        return seats;
    }

    private static Roster rosterOf(List<Seat> seats) {
        List<Volunteer> volunteers = seats.stream().map(Seat::getVolunteer).filter(java.util.Objects::nonNull)
                .distinct().toList();
        return new Roster(1, volunteers, seats.stream().map(Seat::getShift).distinct().toList(),
                volunteers.stream().map(v -> bed(100 + v.getId()).build()).toList(), seats,
                volunteers.stream().map(v -> stay(v, null)).toList());
    }

    @Test
    void plannedDaysOffStillGiveASixthDayInARowWhenNobodyElseCanTakeARequiredSeat() {
        Volunteer ana = volunteer(1, "Ana").skills("cooking").build();
        Volunteer ben = volunteer(2, "Ben").build();
        List<Seat> seats = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Cooking", MONDAY.plusDays(day), 8, 9).requires("cooking").build(),
                    0, ana));
        }
        seats.add(seat(shift(41, "Cooking", MONDAY.plusDays(5), 8, 10).requires("cooking").build(), 0, null));

        Roster started = fairStart(List.of(ana, ben), seats, true);

        assertThat(started.getScore().mediumScore()).isZero();
        assertThat(maxDaysInARow(started, ana)).isEqualTo(6);
    }

    @Test
    void anEmptyExtraSeatGoesToWhoeverIsFarBelowTheMean() {
        // Nothing Ana holds can go to Ben without making Ben the busy one; the optional
        // Saturday seat is work no one has, and it brings Ben closer to the mean.
        Volunteer ana = volunteer(1, "Ana").build();
        Volunteer ben = volunteer(2, "Ben").build();
        Shift extra = shift(31, "Harvest", MONDAY.plusDays(5), 8, 10).headcount(0, 1).build();
        Roster started = fairStart(List.of(ana, ben), Stream.concat(
                Stream.of(seat(shift(30, "Weeding", MONDAY, 8, 16).build(), 0, ana)),
                emptySeats(extra).stream()).toList());

        assertThat(volunteersOf(started, 31)).containsExactly("Ben");
    }

    @Test
    void noExtraSeatMakesASixthWorkingDayInARow() {
        // Cai is below the mean but works Monday to Friday: the Saturday seat would be his
        // sixth working day in a row, so it stays empty.
        Volunteer ana = volunteer(1, "Ana").build();
        Volunteer ben = volunteer(2, "Ben").build();
        Volunteer cai = volunteer(3, "Cai").build();
        List<Seat> seats = new java.util.ArrayList<>(List.of(
                seat(shift(40, "Weeding", MONDAY, 8, 16).build(), 0, ana),
                seat(shift(41, "Weeding", TUESDAY, 8, 16).build(), 0, ana)));
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(50 + day, "Shrine", MONDAY.plusDays(day), 17, 18).build(), 0, cai));
        }
        seats.addAll(emptySeats(shift(60, "Harvest", MONDAY.plusDays(5), 8, 10).headcount(0, 1).build()));
        Roster started = fairStart(List.of(ana, ben, cai), seats);

        assertThat(volunteersOf(started, 60)).containsExactly("-");
        assertThat(hours(started)).containsEntry("Cai", 5L).containsEntry("Ana", 8L).containsEntry("Ben", 8L);
    }

    @Test
    void aDaysSeatsAreDealtAgainWhenOnlyAChainOfChangesMakesItFairer() {
        // Rex alone has the skill for his six hours. Nia may work three hours a day and holds
        // the two-hour seat; Kai may work two and has nothing. No hand-over helps (Rex's seat
        // needs his skill) and no top-up fits (the three-hour seat is too long for Kai, and too
        // much for Nia beside her two hours). Dealing Monday again does it in one go: Nia takes
        // the three hours, Kai her two.
        Volunteer rex = volunteer(1, "Rex").returning().skills("chainsaw").build();
        Volunteer nia = volunteer(2, "Nia").maxHoursPerDay(3).build();
        Volunteer kai = volunteer(3, "Kai").maxHoursPerDay(2).build();
        Shift clearing = shift(70, "Clearing", MONDAY, 8, 14).requires("chainsaw").build();
        Shift jam = shift(71, "Jam making", MONDAY, 8, 10).build();
        Shift harvest = shift(72, "Yuzu harvest", MONDAY, 13, 16).headcount(0, 1).build();
        java.util.function.Supplier<List<Seat>> seats = () -> Stream.concat(
                Stream.of(seat(clearing, 0, rex), seat(jam, 0, nia)), emptySeats(harvest).stream()).toList();

        Roster started = fairStart(List.of(rex, nia, kai), seats.get());
        Roster withoutFlows = fairStart(List.of(rex, nia, kai), seats.get(), Map.of("dayFlows", "false"));

        assertThat(volunteersOf(started, 71)).containsExactly("Kai");
        assertThat(volunteersOf(started, 72)).containsExactly("Nia");
        assertThat(started.getScore().hardScore()).isZero();
        assertThat(volunteersOf(withoutFlows, 71)).containsExactly("Nia");
        assertThat(volunteersOf(withoutFlows, 72)).containsExactly("-");
    }

    @Test
    void aDayFlowLeavesTheOnlyLeadOfAShiftInPlace() {
        // Rex is the busiest and the only one who can lead Monday's harvest; Kai has nothing and
        // takes its third seat. Dealing Monday again would rather give Kai Rex's seat and leave
        // the third empty, but then the harvest would go without a lead. (Such a roster would
        // score worse than the one the start began with, which the solver would then return,
        // without Kai.)
        Volunteer rex = volunteer(1, "Rex").returning().skills("chainsaw").build();
        Volunteer nia = volunteer(2, "Nia").build();
        Volunteer kai = volunteer(3, "Kai").build();
        Shift harvest = shift(80, "Yuzu harvest", MONDAY, 8, 11).headcount(2, 3).needsLead().build();
        List<Seat> seats = List.of(seat(harvest, 0, rex), seat(harvest, 1, nia), seat(harvest, 2, null),
                seat(shift(81, "Clearing", TUESDAY, 8, 14).requires("chainsaw").build(), 0, rex));

        Roster started = fairStart(List.of(rex, nia, kai), seats);

        assertThat(volunteersOf(started, 80)).containsExactlyInAnyOrder("Rex", "Nia", "Kai");
        assertThat(started.getScore().hardScore()).isZero();
    }

    @Test
    void someoneWithASixthDayInARowStillTradesASeatOnThatDay() {
        // Ana alone can cook, so she cooks Monday to Friday and works her sixth day in a row on
        // Saturday with an hour of weeding. Rex is the busiest and holds Saturday's three-hour
        // harvest. Trading Saturday's seats makes the fortnight fairer and changes no run: Ana
        // works that Saturday either way.
        Volunteer ana = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(13)).maxHoursPerDay(3)
                .skills("cooking").build();
        Volunteer rex = volunteer(2, "Rex").staying(MONDAY, MONDAY.plusDays(13)).returning().skills("chainsaw")
                .build();
        List<Seat> seats = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Cooking", MONDAY.plusDays(day), 8, 9).requires("cooking").build(),
                    0, ana));
        }
        seats.add(seat(shift(40, "Weeding", MONDAY.plusDays(5), 8, 9).build(), 0, ana));
        seats.add(seat(shift(41, "Yuzu harvest", MONDAY.plusDays(5), 13, 16).build(), 0, rex));
        seats.add(seat(shift(42, "Clearing", MONDAY.plusDays(7), 8, 14).requires("chainsaw").build(), 0, rex));

        Roster started = fairStart(List.of(ana, rex), seats, true);

        assertThat(volunteersOf(started, 41)).containsExactly("Ana");
        assertThat(volunteersOf(started, 40)).containsExactly("Rex");
        assertThat(maxDaysInARow(started, ana)).isEqualTo(6);
    }

    @Test
    void aDayFlowFreesTheSixthDayInARowWhenSomeoneElseCanTakeTheSeat() {
        // By hours alone Ana would keep the weeding; by the score her day off is worth more than
        // the hour, so the flow gives it to Ben.
        Roster started = fairStart(List.of(ANA, BEN, CAI), anaWorksSixDaysInARow(), true);

        assertThat(volunteersOf(started, 40)).containsExactly("Ben");
        assertThat(maxDaysInARow(started, ANA)).isEqualTo(5);
    }

    @Test
    void aCampThatWeighsDaysOffMoreFreesTheSixthDayAtAGreaterCostInHours() {
        // Saturday's weeding is four hours now and Ben is far busier: at the default weights the
        // flow leaves Ana her sixth day, as the score does. A camp that weighs a day off ten times
        // as much gets it freed.
        List<Seat> seats = anaCooksAndCaiFellsTreesMondayToFriday();
        for (int day = 0; day < 4; day++) {
            seats.add(seat(shift(60 + day, "Clearing", MONDAY.plusDays(day), 10, 15).requires("chainsaw").build(),
                    0, BEN));
        }
        seats.add(seat(shift(40, "Weeding", MONDAY.plusDays(5), 8, 12).build(), 0, ANA));

        Roster started = fairStart(List.of(ANA, BEN, CAI), seats, Map.of("planDaysOff", "true"),
                Map.of(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 150_000L));

        assertThat(volunteersOf(started, 40)).containsExactly("Ben");
    }

    private static final Volunteer ANA = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(13)).skills("cooking")
            .build();
    private static final Volunteer BEN = volunteer(2, "Ben").staying(MONDAY, MONDAY.plusDays(13)).skills("chainsaw")
            .build();
    private static final Volunteer CAI = volunteer(3, "Cai").staying(MONDAY, MONDAY.plusDays(13)).skills("forestry")
            .build();

    /**
     * Ana alone can cook, Monday to Friday, and holds Saturday's hour of weeding too: her sixth
     * day in a row. Ben has two hours more than Ana and is free on Saturday; Cai's long forestry
     * days put the mean far above both, so Ana, further below it, gains more from the hour.
     */
    private static List<Seat> anaWorksSixDaysInARow() {
        List<Seat> seats = anaCooksAndCaiFellsTreesMondayToFriday();
        seats.add(seat(shift(40, "Weeding", MONDAY.plusDays(5), 8, 9).build(), 0, ANA));
        seats.add(seat(shift(41, "Clearing", TUESDAY, 10, 14).requires("chainsaw").build(), 0, BEN));
        seats.add(seat(shift(42, "Clearing", WEDNESDAY, 10, 14).requires("chainsaw").build(), 0, BEN));
        return seats;
    }

    /** Seats only Ana (cooking, an hour a day) and Cai (forestry, eight hours a day) can take. */
    private static List<Seat> anaCooksAndCaiFellsTreesMondayToFriday() {
        List<Seat> seats = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Cooking", MONDAY.plusDays(day), 8, 9).requires("cooking").build(),
                    0, ANA));
            seats.add(seat(shift(50 + day, "Forestry", MONDAY.plusDays(day), 8, 16).requires("forestry").build(),
                    0, CAI));
        }
        return seats;
    }

    @Test
    void aPinnedSeatStaysWithItsVolunteer() {
        // The organizer pinned Ana on Monday's harvest. She is the busiest (Tuesday's clearing
        // needs her skill) and Ben has nothing, so every other seat of hers would go to him.
        Volunteer ana = volunteer(1, "Ana").skills("chainsaw").build();
        Volunteer ben = volunteer(2, "Ben").build();
        Seat pinned = seat(shift(90, "Yuzu harvest", MONDAY, 8, 12).build(), 0, ana);
        pinned.setPinned(true);
        List<Seat> seats = List.of(pinned,
                seat(shift(91, "Clearing", TUESDAY, 8, 12).requires("chainsaw").build(), 0, ana));

        Roster started = fairStart(List.of(ana, ben), seats);

        assertThat(volunteersOf(started, 90)).containsExactly("Ana");
        assertThat(volunteersOf(started, 91)).containsExactly("Ana");
    }

    @Test
    void aWindowRePlanRefillsTheEmptiedSeatAndMovesNothingElse() {
        // Ana is the busiest and Ben and Dan have nothing: a whole-camp start would hand her
        // Tuesday seat to one of them. In a window re-plan (Tuesday and Wednesday; Monday,
        // Thursday and every bed pinned) only Wednesday's seat, emptied by someone away, is
        // filled, by whoever has worked least; Ana keeps Tuesday and nobody changes beds.
        Volunteer ana = volunteer(1, "Ana").skills("cooking").build();
        Volunteer ben = volunteer(2, "Ben").skills("cooking").build();
        Volunteer cai = volunteer(3, "Cai").build();
        Volunteer dan = volunteer(4, "Dan").skills("cooking").build();
        List<Volunteer> volunteers = List.of(ana, ben, cai, dan);
        Seat monday = seat(shift(10, "Cooking", MONDAY, 7, 10).requires("cooking").build(), 0, ana);
        Seat thursday = seat(shift(13, "Cooking", THURSDAY, 7, 10).requires("cooking").build(), 0, ana);
        monday.setPinned(true);
        thursday.setPinned(true);
        List<Seat> seats = List.of(monday,
                seat(shift(11, "Cooking", TUESDAY, 7, 10).requires("cooking").build(), 0, ana),
                seat(shift(12, "Cooking", WEDNESDAY, 7, 10).requires("cooking").build(), 0, null),
                thursday);
        var beds = volunteers.stream().map(v -> bed(100 + v.getId()).build()).toList();
        var stays = volunteers.stream().map(v -> stay(v, beds.get(volunteers.indexOf(v)))).toList();
        stays.forEach(stay -> stay.setPinned(true));
        var roster = new Roster(1, volunteers, seats.stream().map(Seat::getShift).toList(), beds, seats, stays);
        roster.setWindowOnly(true);

        Roster started = SolverFactory.<Roster>create(RosterSolverConfig.create().withPhaseList(List.of(
                RosterSolverConfig.fairStart()))).buildSolver().solve(roster);

        assertThat(Stream.of(10L, 11L, 12L, 13L).map(id -> volunteersOf(started, id)))
                .containsExactly(List.of("Ana"), List.of("Ana"), List.of("Ben"), List.of("Ana"));
        assertThat(started.getStays()).allSatisfy(stay -> assertThat(stay.getBed().getId())
                .isEqualTo(100 + stay.getVolunteer().getId()));
        assertThat(started.getScore().mediumScore()).isZero();
    }

    @Test
    void withDaysOffInFixedTurnsATenDayStayLeavesItsDayOffToTheSearch() {
        List<Seat> seats = fiveDaysForAnaAndALongMondayForBen(10);

        Roster started = fairStart(rosterOf(seats).getVolunteers(), seats,
                Map.of("planDaysOff", "true", "dayPlans", "false"));

        assertThat(volunteersOf(started, 41)).containsExactly("Ana");
        assertThat(started.getPlannedDaysOff()).as("no day plans for the search to keep").isEmpty();
    }

    @Test
    void byDefaultATenDayStayGetsItsDayOffToo() {
        List<Seat> seats = fiveDaysForAnaAndALongMondayForBen(10);

        Roster started = defaultStart(seats);

        // The day plans cover stays shorter than twelve days: Ana would have a sixth day in a row,
        // so Ben takes Saturday's seat (or Ana takes it in a trade that gives Ben one of her weekdays).
        assertThat(started.getScore().mediumScore()).isZero();
        assertThat(started.getVolunteers()).allSatisfy(v -> assertThat(maxDaysInARow(started, v)).isLessThanOrEqualTo(5));
        // The local search gets the days off of the roster built, to keep to them (PlannedDaysOff):
        // days nobody works there, one in every six days in a row of the stay.
        assertThat(started.getPlannedDaysOff()).isNotEmpty().allSatisfy((volunteer, off) -> {
            assertThat(off).isNotEmpty().noneMatch(day -> started.getSeats().stream()
                    .anyMatch(seat -> seat.getVolunteer() == volunteer && seat.getShift().getDay().equals(day)));
            for (var day = volunteer.getArrivesOn(); !day.plusDays(5).isAfter(volunteer.getDepartsOn());
                    day = day.plusDays(1)) {
                var from = day;
                assertThat(off).anyMatch(rest -> !rest.isBefore(from) && !rest.isAfter(from.plusDays(5)));
            }
        });
    }

    @Test
    void theStartTakesHalfTheLimitAndTheBalancePassAtLeastAFifth() {
        long second = 1_000_000_000L;
        assertThat(FairStart.balanceDeadline(Duration.ofSeconds(60), 0, 2 * second)).isEqualTo(30 * second);
        // Required seats that took 25 s still leave the balance pass 12 s.
        assertThat(FairStart.balanceDeadline(Duration.ofSeconds(60), 0, 25 * second)).isEqualTo(37 * second);
        assertThat(FairStart.balanceDeadline(null, 0, second) - second).isGreaterThan(Duration.ofDays(365).toNanos());
    }

    private static int maxDaysInARow(Roster roster, Volunteer volunteer) {
        var days = roster.getSeats().stream().filter(s -> s.getVolunteer() == volunteer)
                .map(s -> s.getShift().getDay()).collect(java.util.stream.Collectors.toSet());
        int best = 0;
        for (var day : days) {
            int run = 0;
            while (days.contains(day.plusDays(run))) {
                run++;
            }
            best = Math.max(best, run);
        }
        return best;
    }

    /** FairStart as the solver configuration has it, on the seats' volunteers. */
    private static Roster defaultStart(List<Seat> seats) {
        return SolverFactory.<Roster>create(RosterSolverConfig.create().withPhaseList(List.of(
                        RosterSolverConfig.fairStart())))
                .buildSolver().solve(rosterOf(seats));
    }

    private static Roster fairStart(List<Volunteer> volunteers, List<Seat> seats) {
        return fairStart(volunteers, seats, false);
    }

    private static Roster fairStart(List<Volunteer> volunteers, List<Seat> seats, boolean planDaysOff) {
        return fairStart(volunteers, seats, Map.of("planDaysOff", String.valueOf(planDaysOff)));
    }

    private static Roster fairStart(List<Volunteer> volunteers, List<Seat> seats, Map<String, String> properties) {
        return fairStart(volunteers, seats, properties, Map.of());
    }

    private static Roster fairStart(List<Volunteer> volunteers, List<Seat> seats, Map<String, String> properties,
            Map<RosterWeights, Long> weights) {
        List<Shift> shifts = seats.stream().map(Seat::getShift).distinct().toList();
        var beds = volunteers.stream().map(v -> bed(100 + v.getId()).build()).toList();
        var roster = new Roster(1, volunteers, shifts, beds, seats,
                volunteers.stream().map(v -> stay(v, null)).toList(), RosterWeights.overrides(weights));
        return SolverFactory.<Roster>create(RosterSolverConfig.create().withPhaseList(List.of(
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FairStart.class))
                        .withCustomProperties(properties))))
                .buildSolver().solve(roster);
    }

    private static Map<String, Long> hours(Roster roster) {
        Map<String, Long> hours = new HashMap<>();
        Fairness.workedMinutes(roster).forEach((v, minutes) -> hours.put(v.getNickname(), minutes / 60));
        return hours;
    }

    private static List<String> volunteersOf(Roster roster, long shiftId) {
        return roster.getSeats().stream().filter(s -> s.getShift().getId() == shiftId).map(Seat::getVolunteer)
                .map(v -> v == null ? "-" : v.getNickname()).toList();
    }
}
