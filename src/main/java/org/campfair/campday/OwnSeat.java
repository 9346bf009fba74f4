package org.campfair.campday;

import org.jspecify.annotations.Nullable;

/**
 * One of a participant's own published seats as their schedule shows it: whether they lead
 * the shift (and so may check in its people), and what was marked at check-in ({@code null}:
 * nothing yet) with the planned and confirmed minutes.
 */
public record OwnSeat(long shiftId, int seat, boolean lead, @Nullable CheckInState state, int plannedMinutes,
        int confirmedMinutes) {
}
