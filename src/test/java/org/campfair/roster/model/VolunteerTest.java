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
    void equalsByIdAndPrintsAsNickname() {
        assertThat(vic).isEqualTo(volunteer(1, "Someone else").build());
        assertThat(vic).hasToString("Vic");
    }
}
