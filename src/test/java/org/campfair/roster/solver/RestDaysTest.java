package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class RestDaysTest {

    private static final Volunteer FORTNIGHT = volunteer(1, "Ana").staying(MONDAY, MONDAY.plusDays(13)).build();

    @Test
    void theLastFreeDayOfEverySixIsKeptSoNoRunCanGrowPastFive() {
        // Works every day but days 2, 4, 8 and 12: the start may have given her a seat on a day
        // the plans gave her off and left another free.
        Set<LocalDate> worked = allBut(2, 4, 8, 12);

        Set<LocalDate> kept = RestDays.kept(FORTNIGHT, worked);

        // Day 12 need not be kept: the five days after day 8 make no run past five.
        assertThat(kept).containsExactlyInAnyOrder(day(4), day(8));
        // Whatever else the search gives her, she keeps a day off in every six days in a row.
        Set<LocalDate> everythingElse = allBut(4, 8);
        assertThat(RulesKept.daysPastFive(new TreeSet<>(everythingElse))).isZero();
    }

    @Test
    void aRunTooLongAlreadyKeepsTheDayAfterIt() {
        Set<LocalDate> kept = RestDays.kept(FORTNIGHT, allBut(7, 13));

        assertThat(kept).containsExactlyInAnyOrder(day(7), day(13));
    }

    @Test
    void nothingIsKeptWhereNoSixDaysFitInTheStay() {
        Volunteer fiveDays = volunteer(2, "Ben").staying(MONDAY, MONDAY.plusDays(4)).build();

        assertThat(RestDays.kept(fiveDays, Set.of())).isEmpty();
    }

    private static Set<LocalDate> allBut(int... free) {
        Set<Integer> off = IntStream.of(free).boxed().collect(Collectors.toSet());
        return IntStream.range(0, 14).filter(i -> !off.contains(i)).mapToObj(RestDaysTest::day)
                .collect(Collectors.toSet());
    }

    private static LocalDate day(int i) {
        return MONDAY.plusDays(i);
    }
}
