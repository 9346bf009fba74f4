package org.campfair.roster.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FairnessLowerBoundTest {

    @Test
    void threePeopleWithEqualDaysAndFourUnitsLeaveOneWithAUnitMore() {
        // r = 4 mod 3 = 1: sum of squared deviations g² r (N - r) / N = 0.25 * 1 * 2 / 3 = 1/6.
        double sd = FairnessLowerBound.sd(new int[] {1, 1, 1}, 4, 0.5);

        assertThat(sd * sd * 3).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void unitsThatDivideEvenlyGiveZero() {
        assertThat(FairnessLowerBound.sd(new int[] {5, 5, 5, 5}, 12, 0.5)).isZero();
        assertThat(FairnessLowerBound.sd(new int[] {2, 4}, 3, 1)).isCloseTo(0, within(1e-9));
    }

    @Test
    void equalDaysDivideTheDeviationByTheDays() {
        // Hours 0.5 / 0.5 / 1.0 over 5 days each: per day 0.1, 0.1, 0.2.
        double expected = population(new double[] {0.1, 0.1, 0.2});

        assertThat(FairnessLowerBound.sd(new int[] {5, 5, 5}, 4, 0.5)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void unequalDaysNeedMoreThanGivingEachUnitToWhoeverIsLowest() {
        // One person for 1 day, one for 10, 9 one-hour units. Giving each unit to whoever would end
        // lowest gives 0 + 9 units (0 and 0.9 hours a day, sd 0.45); 1 + 8 gives 1.0 and 0.8, sd 0.1.
        assertThat(FairnessLowerBound.sd(new int[] {1, 10}, 9, 1)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void matchesExhaustiveSearchOnSmallCamps() {
        var random = new Random(7);
        for (int run = 0; run < 300; run++) {
            int n = 2 + random.nextInt(3);
            int[] days = random.ints(n, 1, 8).toArray();
            int units = random.nextInt(15);

            double bound = FairnessLowerBound.sd(days, units, 0.5);

            assertThat(bound).as("days %s, %d units", Arrays.toString(days), units)
                    .isCloseTo(bruteForce(days, units, 0.5), within(1e-7));
        }
    }

    private static double bruteForce(int[] days, int units, double unitHours) {
        return best(days, new int[days.length], 0, units, unitHours);
    }

    private static double best(int[] days, int[] held, int person, int left, double unitHours) {
        if (person == days.length - 1) {
            held[person] = left;
            double[] perDay = new double[days.length];
            for (int i = 0; i < days.length; i++) {
                perDay[i] = held[i] * unitHours / days[i];
            }
            return population(perDay);
        }
        double best = Double.MAX_VALUE;
        for (int k = 0; k <= left; k++) {
            held[person] = k;
            best = Math.min(best, best(days, held, person + 1, left - k, unitHours));
        }
        return best;
    }

    private static double population(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }
}
