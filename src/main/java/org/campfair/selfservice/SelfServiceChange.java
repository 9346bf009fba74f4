package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One change a participant made themselves, by nickname: what, which shift, when, and their
 * hours per day.
 *
 * @param givenBy who gave the seat away, for {@link Kind#TOOK_GIVEN_SEAT}; for {@link Kind#SWAPPED_SEAT},
 *     who took one of this person's seats in exchange
 */
public record SelfServiceChange(long id, String nickname, Kind kind, String task, LocalDate day, LocalTime start,
        LocalTime end, double hoursPerDayBefore, double hoursPerDayAfter, Instant madeAt, @Nullable String givenBy) {

    public enum Kind {
        TOOK_SEAT, TOOK_GIVEN_SEAT, SWAPPED_SEAT
    }
}
