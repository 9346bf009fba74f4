package org.campfair.roster;

import java.util.List;

/**
 * What taking an open seat does, for the confirmation: the participant's hours per day at
 * camp and the fair share before and after, and the soft rules it makes dearer or cheaper,
 * as the organizer's hand-edit preview says them.
 */
public record SeatTakePreview(OpenSeat seat, double hoursPerDayBefore, double fairShareBefore,
        List<Explanation> added, List<Explanation> removed) {

    public SeatTakePreview {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
