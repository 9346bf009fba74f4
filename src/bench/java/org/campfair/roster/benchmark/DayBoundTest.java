package org.campfair.roster.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import com.google.ortools.Loader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The day-capacity bound on camps whose fairest roster is known by hand or proven by CP-SAT. */
class DayBoundTest {

    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    /**
     * Ana alone can build (6 h a day) and Ben alone can cook (3 h), Monday to Friday, so both
     * work five days in a row and neither may take Saturday's one weeding seat, which Ben, the
     * less busy, would otherwise take. Hours per day: Ana 30 / 6 = 5, Ben 15 / 6 = 2.5; mean
     * 3.75, sd 1.25. With Saturday open to Ben it would be 5 and 3, sd 1.0; the rule-ignoring
     * bound of those 45 hours is 0.
     */
    @Test
    void seesTheDayOffAfterFiveInARowAndTheLightDaysSeat() {
        var roster = fiveDaysInARowCamp();

        var bound = DayBound.of(roster, DayBound.Rules.ANY_HOURS, Duration.ofSeconds(30));

        assertThat(bound.sd()).isCloseTo(1.25, within(5e-4));
        assertThat(Fairness.of(roster).sdLowerBound()).isZero();
    }

    /**
     * A one-day camp: a heavy two-hour lift that must be staffed and an optional light hour of
     * sorting. Ben is a newcomer comfortable only with light work. Sharing the lift, both could
     * read 1 hour (sd 0); with the gentle start kept Ana lifts and Ben sorts at most, 2 and 1
     * (sd 0.5); handing out only the lift's 2 hours, 2 and 0 (sd 1).
     */
    @Test
    void keepsTheGentleStartAndTheHoursHandedOutWhenAsked() {
        var ana = volunteer(1, "Ana").returning().maxHoursPerDay(6).staying(MONDAY, MONDAY).build();
        var ben = volunteer(2, "Ben").comfortableWith(Intensity.LIGHT).maxHoursPerDay(3).staying(MONDAY, MONDAY).build();
        var roster = roster(List.of(ana, ben), List.of(
                shift(1, "Lifting", MONDAY, 9, 11).intensity(Intensity.HEAVY).headcount(1, 1).build(),
                shift(2, "Sorting", MONDAY, 11, 12).intensity(Intensity.LIGHT).headcount(0, 1).build()));
        var limit = Duration.ofSeconds(30);

        assertThat(DayBound.of(roster, DayBound.Rules.ANY_HOURS, limit).sd()).isCloseTo(0, within(5e-4));
        assertThat(DayBound.of(roster, new DayBound.Rules(null, true), limit).sd()).isCloseTo(0.5, within(5e-4));
        assertThat(DayBound.of(roster, new DayBound.Rules(2.0, true), limit).sd()).isCloseTo(1.0, within(5e-4));
    }

    /**
     * On ExactFairnessTest's camp (three people, three days), CP-SAT proves the fairest roster
     * the hard rules allow; no roster keeping them can be fairer, so the bound may not exceed it.
     * (Here the bound is 0: with seats shared fractionally the three can be made even.)
     */
    @Test
    void neverExceedsTheFairestRosterProvenByCpSat() {
        var camp = ExactFairnessTest.emptyRoster();
        var fairest = FairestRoster.search(camp, ExactFairness.Kept.NOTHING, Map.of(), Duration.ofSeconds(30), 2);
        assertThat(fairest.proven()).isTrue();

        var bound = DayBound.of(camp, DayBound.Rules.ANY_HOURS, Duration.ofSeconds(30));

        assertThat(bound.sd()).isLessThanOrEqualTo(ExactFairness.sd(camp, fairest.objective()) + 1e-9);
    }

    /** The camp of {@link #seesTheDayOffAfterFiveInARowAndTheLightDaysSeat}, nobody seated; Ana first, then Ben. */
    static Roster fiveDaysInARowCamp() {
        var ana = volunteer(1, "Ana").returning().skills("builder").maxHoursPerDay(6).staying(MONDAY, SATURDAY).build();
        var ben = volunteer(2, "Ben").skills("cook").maxHoursPerDay(3).staying(MONDAY, SATURDAY).build();
        List<Shift> shifts = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            shifts.add(shift(10 + day, "Building", MONDAY.plusDays(day), 8, 14).requires("builder").headcount(1, 1).build());
            shifts.add(shift(20 + day, "Cooking", MONDAY.plusDays(day), 9, 12).requires("cook").headcount(1, 1).build());
        }
        shifts.add(shift(30, "Weeding", SATURDAY, 9, 12).headcount(0, 1).build());
        return roster(List.of(ana, ben), shifts);
    }

    /** The shifts with every seat empty. */
    static Roster roster(List<Volunteer> volunteers, List<Shift> shifts) {
        List<Seat> seats = new ArrayList<>();
        shifts.forEach(shift -> {
            for (int index = 0; index < shift.getMaxHeadcount(); index++) {
                seats.add(seat(shift, index, null));
            }
        });
        return new Roster(1, volunteers, shifts, List.of(), seats, List.of());
    }
}
