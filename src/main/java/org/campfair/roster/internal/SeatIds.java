package org.campfair.roster.internal;

/** A seat's planning id: its shift and its position in the shift. */
final class SeatIds {

    private SeatIds() {
    }

    static String of(long shiftId, int seat) {
        return shiftId + "-" + seat;
    }
}
