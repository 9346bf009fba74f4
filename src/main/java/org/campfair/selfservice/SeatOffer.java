package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.roster.OpenSeat;
import org.jspecify.annotations.Nullable;

/**
 * A published seat its holder gives away or offers as a swap, open until someone eligible takes
 * it, the holder withdraws it, or it expires (24 hours after it was made, and never after the
 * shift starts). The holder appears by nickname only.
 *
 * @param inReturn for a swap offer shown to a participant, their seats the holder could take in
 *     exchange (each with the participant's hours per day after the swap); empty otherwise
 * @param acceptedBy in a camp where organizers approve changes: the nickname of the person who
 *     accepted the offer, while it waits for the organizer; null otherwise
 */
public record SeatOffer(long id, Kind kind, long shiftId, int seat, String task, String site, LocalDate day,
        LocalTime start, LocalTime end, String offeredBy, Instant expiresAt, List<OpenSeat> inReturn,
        @Nullable String acceptedBy) {

    public SeatOffer {
        inReturn = List.copyOf(inReturn);
    }

    public SeatOffer withInReturn(List<OpenSeat> seats) {
        return new SeatOffer(id, kind, shiftId, seat, task, site, day, start, end, offeredBy, expiresAt, seats,
                acceptedBy);
    }

    /** True while an accepted offer waits for an organizer's approval. */
    public boolean waitsForApproval() {
        return acceptedBy != null;
    }

    /** Given away for nothing, or for one of the taker's seats. */
    public enum Kind {
        GIVE, SWAP
    }
}
