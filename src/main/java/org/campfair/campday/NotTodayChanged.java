package org.campfair.campday;

import java.time.LocalDate;

/** Someone said "not today" for {@code day} in the camp, or took it back: the day's board changed. */
public record NotTodayChanged(long campId, LocalDate day) {
}
