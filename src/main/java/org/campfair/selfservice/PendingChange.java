package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * An accepted give-away or swap that waits for an organizer's approval: who offered which seat
 * and who accepted it (nicknames), and for a swap the seat given in return.
 *
 * @param returnTask the task of the seat the taker gives in return; null for a give-away
 */
public record PendingChange(long offerId, SeatOffer.Kind kind, String offeredBy, String acceptedBy, String task,
        LocalDate day, LocalTime start, LocalTime end, @Nullable String returnTask, @Nullable LocalDate returnDay,
        @Nullable LocalTime returnStart, @Nullable LocalTime returnEnd, Instant requestedAt) {
}
