package org.campfair.campday;

import org.jspecify.annotations.Nullable;

/**
 * One published seat of a shift as the people checking in see it: who holds it (nickname
 * only), whether they lead the shift, the planned minutes, and what was marked so far.
 * {@code version} is 0 while nothing was marked; a mark must name the version it saw.
 */
public record SeatCheckIn(long shiftId, int seat, long participantId, String nickname, boolean lead,
        int plannedMinutes, @Nullable CheckInState state, int confirmedMinutes, int version) {
}
