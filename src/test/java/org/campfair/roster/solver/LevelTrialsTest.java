package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LevelTrialsTest {

    private final Volunteer dan = volunteer(1, "Dan").returning().build();
    private final Volunteer eve = volunteer(2, "Eve").returning().build();
    private final Volunteer ana = volunteer(3, "Ana").returning().build();
    private final Volunteer ben = volunteer(4, "Ben").returning().build();
    private final Volunteer cai = volunteer(5, "Cai").returning().build();

    /**
     * Dan and Eve have 14 hours fixed, Ana, Ben and Cai 11; three optional 4-hour seats are
     * empty. Evened out at the mean, nobody takes one (15 hours for one of them spreads the work
     * wider); aimed above it, all three do, and 14, 14, 15, 15, 15 is the fairest roster.
     */
    private Roster camp() {
        List<Volunteer> people = List.of(dan, eve, ana, ben, cai);
        List<Seat> seats = new ArrayList<>();
        long id = 10;
        for (Volunteer person : people) {
            int hours = person == dan || person == eve ? 7 : 4;
            seats.add(pinned(seat(shift(id++, "Kitchen", MONDAY, 8, 15).build(), 0, person)));
            seats.add(pinned(seat(shift(id++, "Kitchen", TUESDAY, 8, 8 + hours).build(), 0, person)));
        }
        for (int day = 2; day < 5; day++) {
            seats.add(seat(shift(20 + day, "Weeding", MONDAY.plusDays(day), 8, 12).headcount(0, 1).build(), 0, null));
        }
        return HillClimbs.roster(people, seats);
    }

    private static Seat pinned(Seat seat) {
        seat.setPinned(true);
        return seat;
    }

    private Roster solve(PhaseConfig<?>... phases) {
        return SolverFactory.<Roster>create(RosterSolverConfig.model().withPhaseList(List.of(phases)))
                .buildSolver().solve(camp());
    }

    @Test
    void theStartAloneKeepsTheLevelOfWorkItFound() {
        Roster started = solve(RosterSolverConfig.fairStart());

        assertThat(HillClimbs.hours(started)).isEqualTo(Map.of("Dan", 14L, "Eve", 14L, "Ana", 11L, "Ben", 11L, "Cai", 11L));
    }

    @Test
    void levelTrialsRaiseTheLevelWhereThatScoresBetter() {
        Roster started = solve(RosterSolverConfig.fairStart());
        Roster raised = solve(RosterSolverConfig.fairStart(), RosterSolverConfig.levelTrials());

        assertThat(raised.getScore().hardScore()).isZero();
        assertThat(raised.getScore()).isGreaterThan(started.getScore());
        assertThat(HillClimbs.hours(raised)).isEqualTo(Map.of("Dan", 14L, "Eve", 14L, "Ana", 15L, "Ben", 15L, "Cai", 15L));
    }

    /**
     * A trial is another balance pass: when the start's took longer than the trials' share of the
     * time limit (5% of 20 s), none runs and the search gets the time. The same camp with a quick
     * start is raised, so it is the rule, not the camp, that leaves the level alone. The share
     * (1 s) leaves a slow machine room to finish the trials.
     */
    @Test
    void noTrialRunsWhenTheStartsBalancePassTookLongerThanTheTrialsShare() {
        assertThat(HillClimbs.hours(trialsAlone(Duration.ofMillis(1001))).values()).containsOnly(14L, 11L);
        assertThat(HillClimbs.hours(trialsAlone(Duration.ofMillis(999))))
                .isEqualTo(Map.of("Dan", 14L, "Eve", 14L, "Ana", 15L, "Ben", 15L, "Cai", 15L));
    }

    @Test
    void theStartTellsTheTrialsHowLongItsBalancePassTook() {
        // A required seat to fill, so the start's roster scores better and is the one returned.
        Roster camp = HillClimbs.roster(List.of(dan), List.of(seat(shift(30, "Weeding", MONDAY, 8, 12).build(), 0, null)));
        assertThat(camp.getStartBalanceTime()).isZero();

        Roster started = SolverFactory.<Roster>create(RosterSolverConfig.model()
                .withPhaseList(List.of(RosterSolverConfig.fairStart()))).buildSolver().solve(camp);

        assertThat(started.getSeats().getFirst().getVolunteer()).isEqualTo(dan);
        assertThat(started.getStartBalanceTime()).isPositive();
    }

    private Roster trialsAlone(Duration startBalanceTime) {
        Roster roster = camp();
        roster.setTimeLimit(Duration.ofSeconds(20));
        roster.setStartBalanceTime(startBalanceTime);
        return SolverFactory.<Roster>create(RosterSolverConfig.model()
                .withPhaseList(List.of(RosterSolverConfig.levelTrials()))).buildSolver().solve(roster);
    }

    @Test
    void levelTrialsKeepTheStartsRosterWhenNoLevelScoresBetter() {
        // Everyone already works 14 hours: any top-up only spreads the work.
        Volunteer[] people = {dan, eve, ana, ben, cai};
        List<Seat> seats = new ArrayList<>();
        long id = 10;
        for (Volunteer person : people) {
            seats.add(pinned(seat(shift(id++, "Kitchen", MONDAY, 8, 15).build(), 0, person)));
            seats.add(pinned(seat(shift(id++, "Kitchen", TUESDAY, 8, 15).build(), 0, person)));
        }
        seats.add(seat(shift(22, "Weeding", MONDAY.plusDays(2), 8, 12).headcount(0, 1).build(), 0, null));
        Roster even = HillClimbs.roster(List.of(people), seats);

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.model().withPhaseList(
                List.of(RosterSolverConfig.fairStart(), RosterSolverConfig.levelTrials()))).buildSolver().solve(even);

        assertThat(HillClimbs.hours(solved).values()).containsOnly(14L);
    }

    /**
     * Ana, on a week-long stay (too short for planned days off), works Monday to Friday, 11
     * hours; Ben and Cai 11 hours on two days, Dan and Eve 14. Optional seats on Wednesday and
     * Thursday clash with Ana's own; the Saturday one does not, but would be her sixth working
     * day in a row. The camp does not weigh days past five at all here, so only the trials' own
     * rule keeps it: aimed above the mean, raising all three to 15 through Ana's Saturday is
     * the fairest roster, and the trials must not build it.
     */
    @Test
    void levelTrialsGiveNobodyASixthWorkingDayInARow() {
        List<Volunteer> people = List.of(dan, eve, ana, ben, cai);
        List<Seat> seats = new ArrayList<>();
        long id = 10;
        for (Volunteer person : List.of(dan, eve, ben, cai)) {
            int hours = person == dan || person == eve ? 7 : 4;
            seats.add(pinned(seat(shift(id++, "Kitchen", MONDAY, 8, 15).build(), 0, person)));
            seats.add(pinned(seat(shift(id++, "Kitchen", TUESDAY, 8, 8 + hours).build(), 0, person)));
        }
        int[][] anas = {{13, 15}, {13, 15}, {8, 10}, {8, 10}, {8, 11}};
        for (int day = 0; day < anas.length; day++) {
            seats.add(pinned(seat(shift(id++, "Jam", MONDAY.plusDays(day), anas[day][0], anas[day][1]).build(), 0, ana)));
        }
        for (int day : new int[] {2, 3, 5}) {
            seats.add(seat(shift(40 + day, "Weeding", MONDAY.plusDays(day), 8, 12).headcount(0, 1).build(), 0, null));
        }
        Roster built = HillClimbs.roster(people, seats);
        Roster camp = new Roster(1, people, built.getShifts(), built.getBeds(), seats, built.getStays(),
                RosterWeights.overrides(Map.of(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 0L)));

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.model().withPhaseList(
                List.of(RosterSolverConfig.fairStart(), RosterSolverConfig.levelTrials()))).buildSolver().solve(camp);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getSeats().stream().filter(seat -> seat.getVolunteer() == ana)
                .map(seat -> seat.getShift().getDay()).distinct()).hasSize(5);
    }

    /**
     * The rule that decides: a trial roster is kept only if it scores better than the start's
     * roster after a short search, not merely better than the start's roster as it was. On the
     * benchmark's S camp, seed 1, the best trial (−896,070) beat the start (−949,650) but not the
     * start searched for a few thousand moves (−838,340), and the search from the trial ended
     * worse in two pairs of three.
     */
    @Test
    void aTrialIsKeptOnlyIfItBeatsTheStartSearchedBriefly() {
        var start = HardMediumSoftLongScore.ofSoft(-949_650);
        var searchedStart = HardMediumSoftLongScore.ofSoft(-838_340);
        var trial = HardMediumSoftLongScore.ofSoft(-896_070);

        assertThat(trial).isGreaterThan(start);
        assertThat(TrialRace.keepsTrial(searchedStart, trial)).isFalse();
        assertThat(TrialRace.keepsTrial(searchedStart, HardMediumSoftLongScore.ofSoft(-140_230))).isTrue();
        assertThat(TrialRace.keepsTrial(searchedStart, searchedStart)).as("a tie keeps the start").isFalse();
    }

    /**
     * Ana holds one optional seat (14, 14, 15, 11, 11 hours); the trial gave Ben another (14,
     * 14, 15, 15, 11), which scores better. Two steps of the search from the start reach 14, 14,
     * 15, 15, 15, better still: the trial is not kept.
     */
    @Test
    void theTrialIsDroppedWhenTheStartSearchedBrieflyOvertakesIt() {
        Roster start = withWeeding(ana, null, null);
        var trial = withWeeding(ana, ben, null).getScore();
        assertThat(trial).isGreaterThan(start.getScore());

        assertThat(new TrialRace(new TerminationConfig().withStepCountLimit(2), () -> false).keepsTrial(start, trial))
                .isFalse();
    }

    /**
     * The race is decided once the start's search scores as well as the trial: the leg ends
     * there, however long it may run, and the search gets the rest of the time.
     */
    @Test
    @Timeout(10)
    void theLegEndsAsSoonAsTheStartsSearchScoresAsWellAsTheTrial() {
        Roster start = withWeeding(ana, null, null);
        var trial = withWeeding(ana, ben, null).getScore();
        var race = new TrialRace(new TerminationConfig().withStepCountLimit(Integer.MAX_VALUE), () -> false);

        assertThat(race.keepsTrial(start, trial)).isFalse();
    }

    /** One step of the search from Ana's one seat does not reach the trial's fairest roster: the trial is kept. */
    @Test
    void theTrialIsKeptWhenTheShortSearchFromTheStartFallsShort() {
        Roster start = withWeeding(ana, null, null);
        var trial = withWeeding(ana, ben, cai).getScore();

        assertThat(new TrialRace(new TerminationConfig().withStepCountLimit(1), () -> false).keepsTrial(start, trial))
                .isTrue();
    }

    /** {@link #camp()} with the optional seats of Wednesday, Thursday and Friday held as given, scored. */
    private Roster withWeeding(@Nullable Volunteer... holders) {
        Roster roster = camp();
        List<Seat> weeding = roster.getSeats().stream().filter(seat -> !seat.isPinned()).toList();
        for (int i = 0; i < holders.length; i++) {
            weeding.get(i).setVolunteer(holders[i]);
        }
        SolutionManager.<Roster, HardMediumSoftLongScore>create(SolverFactory.create(RosterSolverConfig.model()))
                .update(roster);
        return roster;
    }
}
