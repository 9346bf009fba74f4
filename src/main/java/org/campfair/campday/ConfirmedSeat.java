package org.campfair.campday;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One published seat of a participant as the record after the camp keeps it: where and when,
 * what was marked ({@code null}: nothing yet), the planned minutes and the confirmed ones,
 * which are 0 unless the person came, came late or left early.
 */
public record ConfirmedSeat(LocalDate day, LocalTime start, LocalTime end, String task, String site, String village,
        @Nullable CheckInState state, int plannedMinutes, int confirmedMinutes) {
}
