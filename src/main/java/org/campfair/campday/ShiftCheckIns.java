package org.campfair.campday;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A published shift with its seats and their check-in state, for the people who mark them. */
public record ShiftCheckIns(long campId, long shiftId, String task, String site, LocalDate day, LocalTime start,
        LocalTime end, List<SeatCheckIn> seats) {
}
