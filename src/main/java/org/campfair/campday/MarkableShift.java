package org.campfair.campday;

import java.time.LocalDate;
import java.time.LocalTime;

/** A published shift the signed-in person may check in, with how many of its seats are marked. */
public record MarkableShift(long shiftId, String camp, String task, String site, LocalDate day, LocalTime start,
        LocalTime end, int seats, int marked) {
}
