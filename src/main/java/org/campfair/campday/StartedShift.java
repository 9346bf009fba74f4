package org.campfair.campday;

import java.time.LocalTime;

/** A published shift of the day that had already begun: "not today" leaves it as it is. */
public record StartedShift(long shiftId, String task, LocalTime start, LocalTime end) {
}
