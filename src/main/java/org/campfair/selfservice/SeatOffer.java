package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A published seat its holder gives away, open until someone eligible takes it, the holder
 * withdraws it, or it expires (24 hours after it was made, and never after the shift starts).
 * The holder appears by nickname only.
 */
public record SeatOffer(long id, long shiftId, int seat, String task, String site, LocalDate day, LocalTime start,
        LocalTime end, String offeredBy, Instant expiresAt) {
}
