package org.campfair.roster.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.emptySeats;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.util.List;
import java.util.stream.Stream;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class GreedyRosterTest {

    private final Volunteer ana = volunteer(1, "Ana").maxHoursPerDay(4).build();
    private final Volunteer ben = volunteer(2, "Ben").skills("cooking").build();
    private final Volunteer cai = volunteer(3, "Cai").staying(TUESDAY, TUESDAY).needsPrivateRoom().build();

    @Test
    void eachSeatGoesToTheFirstPersonWhoCanTakeIt() {
        Shift weeding = shift(10, "Weeding", MONDAY, 8, 11).headcount(1, 2).build();
        Shift cooking = shift(11, "Cooking", MONDAY, 10, 12).requires("cooking").build();
        Shift harvest = shift(12, "Harvest", MONDAY, 13, 15).build();
        var roster = roster(weeding, cooking, harvest);

        GreedyRoster.assign(roster);

        // Ana, first on the list, weeds; only Ben can cook; Ana has 1 of her 4 hours left for the
        // 2-hour harvest, so Ben harvests too. The extra weeding seat overlaps Ben's cooking, and
        // Cai only comes on Tuesday: it stays empty.
        assertThat(volunteersOf(roster, weeding)).containsExactly(ana, null);
        assertThat(volunteersOf(roster, cooking)).containsExactly(ben);
        assertThat(volunteersOf(roster, harvest)).containsExactly(ben);
    }

    @Test
    void requiredSeatsOfTheWholeCampComeBeforeExtraSeats() {
        Volunteer cook = volunteer(2, "Ben").skills("cooking").maxHoursPerDay(3).build();
        Shift early = shift(10, "Weeding", MONDAY, 8, 10).headcount(1, 2).build();
        Shift late = shift(11, "Cooking", MONDAY, 11, 13).requires("cooking").build();
        var roster = new Roster(1, List.of(ana, cook), List.of(early, late), List.of(),
                Stream.of(early, late).flatMap(s -> emptySeats(s).stream()).toList(), List.of());

        GreedyRoster.assign(roster);

        // Taken seat by seat in time order, the cook's 3 hours would go to the extra weeding seat.
        assertThat(volunteersOf(roster, late)).containsExactly(cook);
        assertThat(volunteersOf(roster, early)).containsExactly(ana, null);
    }

    @Test
    void peopleWithRoomNeedsChooseTheirBedFirst() {
        var roster = new Roster(1, List.of(ana, ben, cai), List.of(), List.of(
                bed(1).in(1, "Mill", 11, "Single").privateRoom().build(),
                bed(2).in(1, "Mill", 12, "Dorm").build(),
                bed(3).in(1, "Mill", 12, "Dorm").build()), List.of(),
                Stream.of(ana, ben, cai).map(v -> stay(v, null)).toList());

        GreedyRoster.assign(roster);

        assertThat(roster.getStays()).extracting(s -> s.getBed().getId()).containsExactly(2L, 3L, 1L);
    }

    private Roster roster(Shift... shifts) {
        List<Seat> seats = Stream.of(shifts).flatMap(s -> emptySeats(s).stream()).toList();
        return new Roster(1, List.of(ana, ben, cai), List.of(shifts), List.of(), seats, List.of());
    }

    private static List<Volunteer> volunteersOf(Roster roster, Shift shift) {
        return roster.getSeats().stream().filter(s -> s.getShift().equals(shift)).map(Seat::getVolunteer).toList();
    }
}
