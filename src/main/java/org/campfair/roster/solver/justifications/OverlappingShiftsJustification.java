package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * {@code nickname} is on two shifts at once for {@code overlapMinutes}; both tasks are the
 * same one when they hold two seats of one shift.
 */
public record OverlappingShiftsJustification(String nickname, String firstTaskName,
        LocalDateTime firstStart, String secondTaskName, LocalDateTime secondStart,
        long overlapMinutes) implements ConstraintJustification {
}
