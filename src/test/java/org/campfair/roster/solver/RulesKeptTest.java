package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.Test;

class RulesKeptTest {

    private final List<Shift> shifts = new ArrayList<>();
    private final List<Seat> seats = new ArrayList<>();

    @Test
    void daysPastFiveCountsEachWorkingDayBeyondTheFifthInARow() {
        var fortnight = MONDAY.plusDays(13);
        Volunteer seven = volunteer(1, "Seven").staying(MONDAY, fortnight).build();
        Volunteer twoSixes = volunteer(2, "TwoSixes").staying(MONDAY, fortnight).build();
        Volunteer fiveAndRest = volunteer(3, "FiveAndRest").staying(MONDAY, fortnight).build();
        work(seven, 0, 1, 2, 3, 4, 5, 6);
        work(twoSixes, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12);
        // Two seats on one day are one working day: five days, a day off, then one more.
        work(fiveAndRest, 0, 0, 1, 2, 3, 4, 6);

        Roster roster = roster(List.of(seven, twoSixes, fiveAndRest));

        assertThat(RulesKept.daysPastFive(roster)).isEqualTo(2 + 1 + 1);
        assertThat(matches(roster, Rule.DAY_OFF_AFTER_FIVE_DAYS)).isEqualTo(2 + 1);
    }

    @Test
    void gentleStartCountsNewcomerDaysWithABreachNotEachBreach() {
        Volunteer light = volunteer(1, "Light").comfortableWith(Intensity.LIGHT).build();
        Volunteer heavy = volunteer(2, "Heavy").build();
        Volunteer returning = volunteer(3, "Returning").returning().comfortableWith(Intensity.LIGHT).build();
        // Arrival day: two shifts, one above comfort: one match (two breaches).
        seats.add(seat(add(shift(10, "Sorting", MONDAY, 8, 10).intensity(Intensity.LIGHT)), 0, light));
        seats.add(seat(add(shift(11, "Hauling", MONDAY, 14, 16).intensity(Intensity.MODERATE)), 0, light));
        // Heavy work on the second day is a breach even for someone comfortable with it; on the third it is not.
        seats.add(seat(add(shift(12, "Digging", MONDAY.plusDays(1), 8, 12).intensity(Intensity.HEAVY)), 0, heavy));
        seats.add(seat(add(shift(13, "Digging", MONDAY.plusDays(2), 8, 12).intensity(Intensity.HEAVY)), 0, heavy));
        // A returning participant has no gentle start.
        seats.add(seat(add(shift(14, "Digging", MONDAY, 8, 12).intensity(Intensity.HEAVY)), 0, returning));
        seats.add(seat(add(shift(15, "Sorting", MONDAY, 14, 16).intensity(Intensity.LIGHT)), 0, returning));

        Roster roster = roster(List.of(light, heavy, returning));

        assertThat(RulesKept.gentleStartMatches(roster)).isEqualTo(2);
        assertThat(matches(roster, Rule.GENTLE_START)).isEqualTo(2);
    }

    @Test
    void theCountsDoNotDependOnTheCampsWeights() {
        Volunteer light = volunteer(1, "Light").comfortableWith(Intensity.LIGHT).build();
        work(light, 0, 1, 2, 3, 4, 5);
        Roster weighedAtNothing = new Roster(1, List.of(light), shifts, List.of(), seats, List.of(),
                RosterWeights.overrides(Map.of(RosterWeights.GENTLE_START, 0L,
                        RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 0L)));

        // Moderate work (the test shifts' default) above a light comfort on each of six days in a row.
        assertThat(RulesKept.daysPastFive(weighedAtNothing)).isEqualTo(1);
        assertThat(RulesKept.gentleStartMatches(weighedAtNothing)).isEqualTo(6);
        assertThat(matches(weighedAtNothing, Rule.GENTLE_START)).isZero();
    }

    /** One seat of a new two-hour shift on each of the given days after Monday. */
    private void work(Volunteer volunteer, int... days) {
        for (int day : days) {
            int hour = 8 + 3 * (int) seats.stream().filter(s -> s.getVolunteer() == volunteer
                    && s.getShift().getDay().equals(MONDAY.plusDays(day))).count();
            Shift shift = add(shift(100 + shifts.size(), "Work", MONDAY.plusDays(day), hour, hour + 2));
            seats.add(seat(shift, 0, volunteer));
        }
    }

    private Shift add(org.campfair.roster.model.TestCamp.ShiftBuilder builder) {
        Shift shift = builder.build();
        shifts.add(shift);
        return shift;
    }

    private Roster roster(List<Volunteer> volunteers) {
        return new Roster(1, volunteers, shifts, List.of(), seats, List.of());
    }

    private static long matches(Roster roster, Rule rule) {
        SolutionManager<Roster, HardMediumSoftLongScore> solutions =
                SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
        return solutions.analyze(roster).constraintMap().values().stream()
                .filter(c -> c.constraintRef().constraintName().equals(rule.constraintName()))
                .mapToLong(c -> c.matchCount()).sum();
    }
}
