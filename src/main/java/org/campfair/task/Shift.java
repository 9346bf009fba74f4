package org.campfair.task;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One time slot of a task on one camp day, in the camp's time zone (never across midnight),
 * for between {@code minHeadcount} and {@code maxHeadcount} people; with {@code needsLead}
 * one of them must be a returning participant with the task's skills.
 */
public record Shift(long id, long taskId, LocalDate day, LocalTime start, LocalTime end, int minHeadcount,
        int maxHeadcount, boolean needsLead, int version) {
}
