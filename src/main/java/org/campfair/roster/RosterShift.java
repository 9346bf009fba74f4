package org.campfair.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A shift as the roster shows it: its task, time and the seats with their nicknames. */
public record RosterShift(
        long shiftId,
        String task,
        String site,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        int minHeadcount,
        int maxHeadcount,
        boolean needsLead,
        List<RosterSeat> seats) {

    public long filled() {
        return seats.stream().filter(RosterSeat::isFilled).count();
    }

    /** Seats still missing to reach the minimum headcount. */
    public long unfilledBelowMinimum() {
        return Math.max(0, minHeadcount - filled());
    }
}
