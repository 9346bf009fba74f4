package org.campfair.roster.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.util.List;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class FairnessTest {

    private final Volunteer ana = volunteer(1, "Ana").staying(MONDAY, TUESDAY).build();
    private final Volunteer ben = volunteer(2, "Ben").staying(MONDAY, TUESDAY).build();
    private final Volunteer cai = volunteer(3, "Cai").staying(MONDAY, TUESDAY).build();
    private final Shift morning = shift(10, "Weeding", MONDAY, 8, 11).build();
    private final Shift afternoon = shift(11, "Weeding", MONDAY, 13, 15).build();

    @Test
    void peopleWithoutShiftsCountAsZero() {
        var roster = new Roster(1, List.of(ana, ben, cai), List.of(morning, afternoon),
                List.of(), List.of(seat(morning, 0, ana), seat(afternoon, 0, ana)), List.of());

        var fairness = Fairness.of(roster);

        // Ana works 5 hours over 2 days, the others nothing: 2.5, 0, 0 hours a day.
        assertThat(fairness.assignedMinutes()).isEqualTo(300);
        assertThat(fairness.mean()).isCloseTo(2.5 / 3, within(1e-12));
        assertThat(fairness.sd()).isCloseTo(Math.sqrt(2.5 * 2.5 / 3 - (2.5 / 3) * (2.5 / 3)), within(1e-12));
    }

    @Test
    void theBoundUsesTheHoursTheRosterAssignsInUnitsOfTheShiftLengthsGcd() {
        // Shifts of 3 and 2 hours: g = 1 hour; 5 assigned hours among 3 people with 2 days each:
        // r = 5 mod 3 = 2, sum of squared deviations 1² * 2 * 1 / 3 in hours, / 2² per day.
        var roster = new Roster(1, List.of(ana, ben, cai), List.of(morning, afternoon),
                List.of(), List.of(seat(morning, 0, ana), seat(afternoon, 0, ben)), List.of());

        var fairness = Fairness.of(roster);

        assertThat(fairness.sdLowerBound()).isCloseTo(Math.sqrt(2.0 / 3 / 4 / 3), within(1e-12));
        assertThat(fairness.sd()).isGreaterThanOrEqualTo(fairness.sdLowerBound());
        assertThat(fairness.gapPercent())
                .isCloseTo(100 * (fairness.sd() - fairness.sdLowerBound()) / fairness.mean(), within(1e-12));
    }
}
