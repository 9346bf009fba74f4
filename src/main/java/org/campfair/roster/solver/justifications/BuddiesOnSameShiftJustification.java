package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Two buddies work the same shift; the first asked for the second. */
public record BuddiesOnSameShiftJustification(String firstNickname, String secondNickname,
        String taskName, LocalDateTime start) implements ConstraintJustification {
}
