package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** {@code nickname} does a task they said they like. */
public record LikedTaskJustification(String nickname, String taskName, LocalDateTime start)
        implements ConstraintJustification {
}
