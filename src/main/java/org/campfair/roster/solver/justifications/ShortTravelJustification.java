package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** {@code nickname} goes {@code metres} in a straight line from their house to the shift. */
public record ShortTravelJustification(String nickname, String houseName, String taskName,
        LocalDateTime start, long metres) implements ConstraintJustification {
}
