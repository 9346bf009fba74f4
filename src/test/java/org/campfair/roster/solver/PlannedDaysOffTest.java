package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class PlannedDaysOffTest {

    private final Volunteer ana = volunteer(1, "Ana").build();
    private final Volunteer ben = volunteer(2, "Ben").build();
    /** Two seats a day, one required (the minimum headcount is one). */
    private final Shift monday = shift(10, "Weeding", MONDAY, 8, 12).headcount(1, 2).build();
    private final Shift tuesday = shift(11, "Weeding", TUESDAY, 8, 12).headcount(1, 2).build();

    @Test
    void aSeatGoesToNobodyOnTheirPlannedDayOff() {
        Seat taken = seat(tuesday, 0, ana);
        Seat extra = seat(tuesday, 1, null);
        Roster roster = roster(List.of(taken, extra), Map.of(ben, Set.of(TUESDAY)));

        assertThat(PlannedDaysOff.keeps(roster, ben, taken)).as("a required seat someone holds").isFalse();
        assertThat(PlannedDaysOff.keeps(roster, ben, extra)).as("an empty seat above the minimum").isFalse();
        assertThat(PlannedDaysOff.keeps(roster, ana, extra)).as("Ana has no day off then").isTrue();
        assertThat(PlannedDaysOff.keeps(roster, ben, seat(monday, 1, null))).as("Ben works Mondays").isTrue();
        assertThat(PlannedDaysOff.keeps(roster, null, taken)).as("emptying a seat").isTrue();
    }

    @Test
    void anEmptyRequiredSeatMayGoToSomeoneOnTheirDayOff() {
        Seat required = seat(tuesday, 0, null);
        Roster roster = roster(List.of(required), Map.of(ben, Set.of(TUESDAY)));

        assertThat(PlannedDaysOff.keeps(roster, ben, required)).isTrue();
    }

    @Test
    void aTradeKeepsThePlansWhenNobodyLandsOnTheirDayOff() {
        Seat anaMonday = seat(monday, 0, ana);
        Seat benTuesday = seat(tuesday, 0, ben);
        Seat anaTuesday = seat(tuesday, 1, ana);
        Roster restsMonday = roster(List.of(anaMonday, benTuesday, anaTuesday), Map.of(ben, Set.of(MONDAY)));
        Roster restsWednesday = roster(List.of(anaMonday, benTuesday, anaTuesday),
                Map.of(ben, Set.of(MONDAY.plusDays(2))));

        assertThat(PlannedDaysOff.keepsTrade(restsMonday, anaMonday, benTuesday)).as("Ben to Monday").isFalse();
        assertThat(PlannedDaysOff.keepsTrade(restsMonday, benTuesday, anaTuesday)).as("within Tuesday").isTrue();
        assertThat(PlannedDaysOff.keepsTrade(restsWednesday, anaMonday, benTuesday)).isTrue();
    }

    @Test
    void withoutPlansEveryMoveKeepsThem() {
        Seat taken = seat(tuesday, 0, ana);

        assertThat(PlannedDaysOff.keeps(roster(List.of(taken), Map.of()), ben, taken)).isTrue();
    }

    private Roster roster(List<Seat> seats, Map<Volunteer, Set<LocalDate>> daysOff) {
        Roster roster = new Roster(1, List.of(ana, ben), seats.stream().map(Seat::getShift).distinct().toList(),
                List.of(), seats, List.of());
        roster.setPlannedDaysOff(daysOff);
        return roster;
    }
}
