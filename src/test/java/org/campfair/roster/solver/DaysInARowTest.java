package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DaysInARowTest {

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

    private static Set<LocalDate> days(int... offsets) {
        return IntStream.of(offsets).mapToObj(MONDAY::plusDays).collect(Collectors.toSet());
    }
}
