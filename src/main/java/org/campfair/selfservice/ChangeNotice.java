package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One recent self-service change that concerns a participant, for a line on their schedule;
 * the other person by nickname only.
 *
 * @param other the other person of a give-away or swap; null when there is none
 * @param at when it happened, or for {@link Kind#HELD} until when the seat is held
 */
public record ChangeNotice(Kind kind, String task, LocalDate day, LocalTime start, LocalTime end,
        @Nullable String other, Instant at) {

    public enum Kind {
        /** They took an open seat, or a seat held for them from a waiting list. */
        YOU_TOOK,
        /** They took a seat {@code other} gave away. */
        YOU_TOOK_GIVEN,
        /** {@code other} took the seat they gave away. */
        TOOK_YOUR_GIVE_AWAY,
        /** They swapped with {@code other} and now hold this seat. */
        SWAPPED,
        /** The organizers declined the give-away or swap of this seat; nothing changed. */
        DECLINED,
        /** A seat of a task they wait for is held for them until {@code at}. */
        HELD
    }
}
