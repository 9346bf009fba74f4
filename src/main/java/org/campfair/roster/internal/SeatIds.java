package org.campfair.roster.internal;

/** A seat's planning id: its shift and its position in the shift. */
public final class SeatIds {

    private SeatIds() {
    }

    public static String of(long shiftId, int seat) {
        return shiftId + "-" + seat;
    }
}
