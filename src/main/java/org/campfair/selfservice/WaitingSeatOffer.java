package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A freed seat of a shift held for a participant on the task's waiting list until {@code expiresAt}. */
public record WaitingSeatOffer(long id, long taskId, long shiftId, String task, String site, LocalDate day,
        LocalTime start, LocalTime end, Instant expiresAt) {
}
