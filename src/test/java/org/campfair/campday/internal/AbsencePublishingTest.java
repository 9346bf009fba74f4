package org.campfair.campday.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.roster.RosterChange;
import org.campfair.roster.RosterChange.Kind;
import org.junit.jupiter.api.Test;

/** When a "not today" re-plan may be published without an organizer. */
class AbsencePublishingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 25);

    @Test
    void onlyTheAbsentPersonLeavingTheirSeatsIsTheirsAlone() {
        assertThat(AbsencePublishing.onlyTheirDayChanges(List.of(seat("Mikan", null), seat("Mikan", null)), "Mikan"))
                .isTrue();
        assertThat(AbsencePublishing.onlyTheirDayChanges(List.of(seat(null, "Mikan")), "Mikan"))
                .as("taking it back: they return to an empty seat").isTrue();
    }

    @Test
    void someoneElseTakingTheSeatOrABedMovingOrNothingAtAllWaitsForAnOrganizer() {
        assertThat(AbsencePublishing.onlyTheirDayChanges(List.of(seat("Mikan", "Hana")), "Mikan")).isFalse();
        assertThat(AbsencePublishing.onlyTheirDayChanges(List.of(seat("Mikan", null), seat(null, "Kuma")), "Mikan"))
                .isFalse();
        assertThat(AbsencePublishing.onlyTheirDayChanges(List.of(new RosterChange(Kind.BED, null, null, null, null,
                "Mikan", "Mikan")), "Mikan")).isFalse();
        assertThat(AbsencePublishing.onlyTheirDayChanges(List.of(), "Mikan")).as("nothing to publish").isFalse();
    }

    private static RosterChange seat(String before, String after) {
        return new RosterChange(Kind.SEAT, "Jam making", DAY, LocalTime.of(13, 0), 0, before, after);
    }
}
