package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * {@code nickname} rests only {@code restMinutes} between a shift ending at
 * {@code firstEnd} and the next day's shift starting at {@code secondStart}.
 */
public record RestBetweenShiftsJustification(String nickname, String firstTaskName,
        LocalDateTime firstEnd, String secondTaskName, LocalDateTime secondStart,
        long restMinutes, long requiredMinutes) implements ConstraintJustification {
}
