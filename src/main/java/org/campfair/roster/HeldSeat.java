package org.campfair.roster;

/** Seat {@code seat} of shift {@code shiftId}, held by {@code holderId} (an offered seat, say). */
public record HeldSeat(long shiftId, int seat, long holderId) {
}
