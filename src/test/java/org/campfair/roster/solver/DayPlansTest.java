package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.at;
import static org.campfair.roster.model.TestCamp.emptySeats;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class DayPlansTest {

    @Test
    void everyStayOfTenDaysOrMoreGetsTheFewestDaysOffThatKeepTheRule() {
        Volunteer fortnight = volunteer(1, "Fortnight").staying(MONDAY, MONDAY.plusDays(13)).build();
        Volunteer tenDays = volunteer(2, "TenDays").staying(MONDAY, MONDAY.plusDays(9)).build();
        Volunteer week = volunteer(3, "Week").staying(MONDAY, MONDAY.plusDays(6)).build();
        Volunteer elevenDays = volunteer(4, "ElevenDays").staying(MONDAY.plusDays(3), MONDAY.plusDays(13)).build();
        Volunteer twelveDays = volunteer(5, "TwelveDays").staying(MONDAY, MONDAY.plusDays(11)).build();
        DayPlans plans = DayPlans.plan(roster(List.of(fortnight, tenDays, week, elevenDays, twelveDays),
                dailyShifts(14, 1)));

        assertThat(plans.daysOff(fortnight)).hasSize(2);
        assertThat(plans.daysOff(tenDays)).hasSize(1);
        assertThat(plans.daysOff(elevenDays)).hasSize(1);
        assertThat(plans.daysOff(twelveDays)).hasSize(2);
        // A week's one day off is left to the search.
        assertThat(plans.hasDaysOff(week)).isFalse();
        for (Volunteer volunteer : List.of(fortnight, tenDays, elevenDays, twelveDays)) {
            assertThat(longestRun(volunteer, plans.daysOff(volunteer))).isLessThanOrEqualTo(DaysInARow.MAX);
        }
    }

    @Test
    void twoCooksRestOnDifferentDaysSoCookingIsCoveredEveryDay() {
        // Cooking every day for ten days; two cooks, one helper: the cooks are the scarce skill,
        // so they may not both rest on the same day, which would leave a cooking shift to nobody.
        var tenthDay = MONDAY.plusDays(9);
        Volunteer ana = volunteer(1, "Ana").skills("cooking").staying(MONDAY, tenthDay).build();
        Volunteer ben = volunteer(2, "Ben").skills("cooking").staying(MONDAY, tenthDay).build();
        Volunteer cai = volunteer(3, "Cai").staying(MONDAY, tenthDay).build();
        List<Shift> shifts = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            shifts.add(shift(10 + day, "Cooking", MONDAY.plusDays(day), 7, 10).requires("cooking").build());
            shifts.add(shift(20 + day, "Weeding", MONDAY.plusDays(day), 13, 15).build());
        }

        DayPlans plans = DayPlans.plan(roster(List.of(ana, ben, cai), shifts));

        assertThat(plans.daysOff(ana)).hasSize(1);
        assertThat(plans.daysOff(ben)).hasSize(1);
        assertThat(plans.daysOff(ana)).doesNotContainAnyElementsOf(plans.daysOff(ben));
    }

    @Test
    void aDayTheVolunteerCannotWorkIsARestThatNeedsNoPlannedDayOff() {
        // Ten days with the fifth unavailable: no run is longer than five days without planning.
        Volunteer ana = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(9))
                .unavailable(at(MONDAY.plusDays(4), 0), at(MONDAY.plusDays(5), 0)).build();

        DayPlans plans = DayPlans.plan(roster(List.of(ana), dailyShifts(10, 1)));

        assertThat(plans.hasDaysOff(ana)).isFalse();
    }

    @Test
    void aPlanSharesTheFairHoursOverItsWorkingDays() {
        // Two people for a fortnight, two two-hour seats a day: 56 hours, 28 each; each rests
        // two days, so 28 hours over 12 working days.
        Volunteer ana = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(13)).build();
        Volunteer ben = volunteer(2, "Ben").staying(MONDAY, MONDAY.plusDays(13)).build();

        DayPlans plans = DayPlans.plan(roster(List.of(ana, ben), dailyShifts(14, 2)));

        assertThat(plans.minutesPerWorkingDay(ana)).isCloseTo(28 * 60 / 12.0, org.assertj.core.data.Offset.offset(1e-9));
        // Both rest on days when the other works.
        assertThat(plans.daysOff(ana)).doesNotContainAnyElementsOf(plans.daysOff(ben));
    }

    /** One two-hour shift a day for {@code days} days from Monday, {@code headcount} seats each. */
    private static List<Shift> dailyShifts(int days, int headcount) {
        List<Shift> shifts = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            shifts.add(shift(100 + day, "Weeding", MONDAY.plusDays(day), 8, 10).headcount(headcount, headcount).build());
        }
        return shifts;
    }

    private static Roster roster(List<Volunteer> volunteers, List<Shift> shifts) {
        List<Seat> seats = shifts.stream().flatMap(shift -> emptySeats(shift).stream()).toList();
        return new Roster(1, volunteers, shifts, List.of(), seats, List.of());
    }

    /** The longest run of days at camp, days off left out. */
    private static int longestRun(Volunteer volunteer, Set<LocalDate> daysOff) {
        var working = new TreeSet<LocalDate>();
        for (LocalDate day = volunteer.getArrivesOn(); !day.isAfter(volunteer.getDepartsOn()); day = day.plusDays(1)) {
            if (!daysOff.contains(day)) {
                working.add(day);
            }
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : working) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
