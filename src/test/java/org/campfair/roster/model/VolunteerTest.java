package org.campfair.roster.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.at;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.util.Set;

import org.junit.jupiter.api.Test;

class VolunteerTest {

    private final Volunteer vic = volunteer(1, "Vic").staying(MONDAY, WEDNESDAY)
            .unavailable(at(TUESDAY, 12), at(TUESDAY, 14)).skills("kitchen", "first aid")
            .build();

    @Test
    void isAvailableFromArrivalDayThroughDepartureDay() {
        assertThat(vic.isAvailable(at(MONDAY, 0), at(MONDAY, 4))).isTrue();
        assertThat(vic.isAvailable(at(WEDNESDAY, 20), WEDNESDAY.plusDays(1).atStartOfDay()))
                .isTrue();
        assertThat(vic.isAvailable(MONDAY.minusDays(1).atTime(23, 0), at(MONDAY, 2))).isFalse();
        assertThat(vic.isAvailable(at(WEDNESDAY, 22), WEDNESDAY.plusDays(1).atTime(1, 0)))
                .isFalse();
    }

    @Test
    void isAvailableTreatsUnavailableWindowsAsHalfOpen() {
        assertThat(vic.isAvailable(at(TUESDAY, 13), at(TUESDAY, 15))).isFalse();
        assertThat(vic.isAvailable(at(TUESDAY, 8), at(TUESDAY, 12))).isTrue();
        assertThat(vic.isAvailable(at(TUESDAY, 14), at(TUESDAY, 18))).isTrue();
    }

    @Test
    void availableDaysCountsBothEndsAndIsNeverZero() {
        assertThat(vic.availableDays()).isEqualTo(3);
        assertThat(volunteer(2, "Day").staying(MONDAY, MONDAY).build().availableDays())
                .isEqualTo(1);
        assertThat(volunteer(3, "Typo").staying(TUESDAY, MONDAY).build().availableDays())
                .isEqualTo(1);
    }

    @Test
    void hasSkillsNeedsAllOfThem() {
        assertThat(vic.hasSkills(Set.of())).isTrue();
        assertThat(vic.hasSkills(Set.of("kitchen"))).isTrue();
        assertThat(vic.hasSkills(Set.of("kitchen", "driving"))).isFalse();
    }

    @Test
    void onlyAReturningParticipantWithTheSkillsCanLead() {
        Shift jam = TestCamp.shift(1, "Jam making", MONDAY, 9, 12).requires("kitchen").build();

        assertThat(volunteer(2, "Lead").returning().skills("kitchen").build().canLead(jam))
                .isTrue();
        assertThat(volunteer(3, "Back").returning().build().canLead(jam)).isFalse();
        assertThat(vic.canLead(jam)).isFalse();
    }

    @Test
    void theFirstTwoDaysAreArrivalDayAndTheNext() {
        assertThat(vic.isInFirstTwoDays(MONDAY)).isTrue();
        assertThat(vic.isInFirstTwoDays(TUESDAY)).isTrue();
        assertThat(vic.isInFirstTwoDays(WEDNESDAY)).isFalse();
        assertThat(vic.isInFirstTwoDays(MONDAY.minusDays(1))).isFalse();
    }

    @Test
    void buddyAndKeepApartRequestsCountWhicheverSideAsked() {
        Volunteer asker = volunteer(2, "Sora").buddyOf(3).keepApartFrom(4).build();
        Volunteer buddy = volunteer(3, "Hotaru").build();
        Volunteer avoided = volunteer(4, "Kuro").build();

        assertThat(asker.isBuddyWith(buddy)).isTrue();
        assertThat(buddy.isBuddyWith(asker)).isTrue();
        assertThat(asker.isBuddyWith(avoided)).isFalse();
        assertThat(avoided.isToBeKeptApartFrom(asker)).isTrue();
        assertThat(buddy.isToBeKeptApartFrom(asker)).isFalse();
    }

    @Test
    void likesAndDislikesAreByTaskNotByShift() {
        Volunteer momo = volunteer(2, "Momo").likes(7).dislikes(8).build();
        Shift jam = TestCamp.shift(1, "Jam making", MONDAY, 9, 12).task(7).build();
        Shift moreJam = TestCamp.shift(2, "Jam making", TUESDAY, 9, 12).task(7).build();
        Shift clearing = TestCamp.shift(3, "Clearing", MONDAY, 13, 16).task(8).build();

        assertThat(momo.likes(jam)).isTrue();
        assertThat(momo.likes(moreJam)).isTrue();
        assertThat(momo.dislikes(clearing)).isTrue();
        assertThat(momo.likes(clearing)).isFalse();
    }

    @Test
    void equalsByIdAndPrintsAsNickname() {
        assertThat(vic).isEqualTo(volunteer(1, "Someone else").build());
        assertThat(vic).hasToString("Vic");
    }
}
