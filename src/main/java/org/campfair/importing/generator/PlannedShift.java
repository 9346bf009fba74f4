package org.campfair.importing.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** One row of shifts.csv; the headcounts change while the demand is calibrated. */
final class PlannedShift {

    final String task;
    final TaskKind kind;
    final LocalDate day;
    final LocalTime start;
    final LocalTime end;
    final boolean needsLead;
    int min;
    int max;

    PlannedShift(String task, TaskKind kind, LocalDate day, LocalTime start, LocalTime end, int min, int max,
            boolean needsLead) {
        this.task = task;
        this.kind = kind;
        this.day = day;
        this.start = start;
        this.end = end;
        this.min = min;
        this.max = max;
        this.needsLead = needsLead;
    }

    double hours() {
        return Duration.between(start, end).toMinutes() / 60.0;
    }

    Object[] row() {
        return new Object[] {task, day, start, end, min, max, needsLead};
    }
}
