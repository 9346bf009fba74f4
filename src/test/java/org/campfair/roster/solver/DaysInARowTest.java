package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DaysInARowTest {

    @Test
    void longRunDaysAreTheDaysOfRunsPastFiveAndARestInTheirMiddleFreesTheMost() {
        Set<LocalDate> worked = days(0, 2, 3, 4, 5, 6, 7, 8);
        assertThat(DaysInARow.longRunDays(worked)).containsExactlyElementsOf(days(2, 3, 4, 5, 6, 7, 8).stream().sorted().toList());
        assertThat(DaysInARow.longRunDays(days(0, 1, 3, 4, 5, 6, 7))).isEmpty();
        assertThat(DaysInARow.freedByRest(worked, MONDAY.plusDays(5))).isEqualTo(2);
        assertThat(DaysInARow.freedByRest(worked, MONDAY.plusDays(2))).isEqualTo(1);
        assertThat(DaysInARow.freedByRest(worked, MONDAY)).isZero();
    }

    @Test
    void aSixthDayInARowIsRefusedFromEitherSideOrBetweenTwoRuns() {
        assertThat(DaysInARow.allows(days(0, 1, 2, 3, 4), MONDAY.plusDays(5))).isFalse();
        assertThat(DaysInARow.allows(days(1, 2, 3, 4, 5), MONDAY)).isFalse();
        assertThat(DaysInARow.allows(days(0, 1, 2, 4, 5), MONDAY.plusDays(3))).isFalse();
    }

    @Test
    void aFifthDayADayAlreadyWorkedOrADayAfterADayOffIsAllowed() {
        assertThat(DaysInARow.allows(days(0, 1, 2, 3), MONDAY.plusDays(4))).isTrue();
        assertThat(DaysInARow.allows(days(0, 1, 2, 3, 4, 5, 6), MONDAY.plusDays(3))).isTrue();
        assertThat(DaysInARow.allows(days(0, 1, 2, 3, 4), MONDAY.plusDays(6))).isTrue();
        assertThat(DaysInARow.allows(days(0, 1, 4, 5), MONDAY.plusDays(2))).isTrue();
    }

    @Test
    void tradingASeatWithinADayIsAllowedEvenInsideATooLongRun() {
        // Working days 0 to 5 without day 3's only seat, which is traded for another on day 3.
        assertThat(DaysInARow.allows(days(0, 1, 2, 4, 5), MONDAY.plusDays(3), MONDAY.plusDays(3))).isTrue();
        // Giving up a seat on another day does not make a sixth day in a row acceptable.
        assertThat(DaysInARow.allows(days(0, 1, 2, 4, 5), MONDAY.plusDays(3), MONDAY.plusDays(6))).isFalse();
        assertThat(DaysInARow.allows(days(0, 1, 2, 4, 5), MONDAY.plusDays(3), null)).isFalse();
    }

    @Test
    void workingADayCountsOnlyTheDaysPastFiveItAdds() {
        assertThat(DaysInARow.daysPastMaxIfWorked(days(0, 1, 2, 3, 4), MONDAY.plusDays(5))).isEqualTo(1);
        // Joining two runs of five: eleven in a row, six past five where there were none.
        assertThat(DaysInARow.daysPastMaxIfWorked(days(0, 1, 2, 3, 4, 6, 7, 8, 9, 10), MONDAY.plusDays(5)))
                .isEqualTo(6);
        // Lengthening a run already past five by one day.
        assertThat(DaysInARow.daysPastMaxIfWorked(days(0, 1, 2, 3, 4, 5), MONDAY.plusDays(6))).isEqualTo(1);
        assertThat(DaysInARow.daysPastMaxIfWorked(days(0, 1, 2, 3), MONDAY.plusDays(4))).isZero();
        assertThat(DaysInARow.daysPastMaxIfWorked(days(0, 1, 2, 3, 4, 5), MONDAY.plusDays(2))).isZero();
    }

    @Test
    void plannedDaysOffComeEverySixthDayInTurnsAndLeaveTheMostWorkingDaysTheRuleAllows() {
        var volunteers = IntStream.range(0, 12)
                .mapToObj(id -> volunteer(id, "V" + id).staying(MONDAY, MONDAY.plusDays(13)).build()).toList();
        for (int day = 0; day < 14; day++) {
            LocalDate date = MONDAY.plusDays(day);
            // In turns: four starting days share the twelve, so no day has more than three off.
            assertThat(volunteers.stream().filter(v -> DaysInARow.plannedDayOff(v, date)).count()).isLessThanOrEqualTo(3);
        }
        for (var v : volunteers) {
            var working = IntStream.range(0, 14).mapToObj(MONDAY::plusDays)
                    .filter(date -> !DaysInARow.plannedDayOff(v, date)).collect(Collectors.toSet());
            // Two days off in a fortnight, never three, and working every other day never makes
            // a run of more than five.
            assertThat(working).hasSize(12).allMatch(date -> DaysInARow.allows(minus(working, date), date));
        }
        var twelveDays = volunteer(50, "Twelve").staying(MONDAY, MONDAY.plusDays(11)).build();
        assertThat(IntStream.range(0, 12).mapToObj(MONDAY::plusDays)
                .filter(date -> DaysInARow.plannedDayOff(twelveDays, date))).hasSize(2);
        var shortStay = volunteer(99, "Short").staying(MONDAY, MONDAY.plusDays(10)).build();
        assertThat(IntStream.range(0, 11).mapToObj(MONDAY::plusDays))
                .noneMatch(date -> DaysInARow.plannedDayOff(shortStay, date));
    }

    private static Set<LocalDate> minus(Set<LocalDate> days, LocalDate day) {
        var rest = new java.util.HashSet<>(days);
        rest.remove(day);
        return rest;
    }

    private static Set<LocalDate> days(int... offsets) {
        return IntStream.of(offsets).mapToObj(MONDAY::plusDays).collect(Collectors.toSet());
    }
}
