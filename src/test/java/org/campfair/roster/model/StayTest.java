package org.campfair.roster.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.THURSDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.LocalDate;

import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.junit.jupiter.api.Test;

class StayTest {

    private static Stay staying(long id, LocalDate from, LocalDate to) {
        return stay(volunteer(id, "V" + id).staying(from, to).build(), null);
    }

    @Test
    void overlapsWhenANightIsShared() {
        assertThat(staying(1, MONDAY, WEDNESDAY).overlaps(staying(2, TUESDAY, THURSDAY)))
                .isTrue();
        assertThat(staying(1, MONDAY, WEDNESDAY).overlaps(staying(2, WEDNESDAY, THURSDAY)))
                .isFalse();
    }

    @Test
    void overlapsCountsASameDayStayAsOneNight() {
        assertThat(staying(1, MONDAY, MONDAY).overlaps(staying(2, MONDAY, TUESDAY))).isTrue();
        assertThat(staying(1, MONDAY, MONDAY).overlaps(staying(2, MONDAY, MONDAY))).isTrue();
        assertThat(staying(1, MONDAY, MONDAY).overlaps(staying(2, TUESDAY, TUESDAY))).isFalse();
    }

    @Test
    void unmetRoomNeedsFollowsRoomRules() {
        Bed womenOnly = bed(1).rule(RoomRule.WOMEN_ONLY).build();
        Bed menOnly = bed(2).rule(RoomRule.MEN_ONLY).build();
        Volunteer woman = volunteer(1, "W").gender(Gender.FEMALE).build();
        Volunteer unknown = volunteer(2, "U").gender(null).build();

        assertThat(stay(woman, womenOnly).unmetRoomNeeds()).isEmpty();
        assertThat(stay(woman, menOnly).unmetRoomNeeds()).containsExactly(RoomNeed.ROOM_RULE);
        assertThat(stay(unknown, womenOnly).unmetRoomNeeds()).containsExactly(RoomNeed.ROOM_RULE);
        assertThat(stay(unknown, bed(3).build()).unmetRoomNeeds()).isEmpty();
    }
}
