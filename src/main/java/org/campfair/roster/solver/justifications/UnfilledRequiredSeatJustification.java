package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Seat {@code seatNumber} (counting from 1) of {@code taskName} at {@code start} is empty,
 * though the shift needs at least {@code minHeadcount} people.
 */
public record UnfilledRequiredSeatJustification(String taskName, LocalDateTime start,
        int seatNumber, int minHeadcount) implements ConstraintJustification {
}
