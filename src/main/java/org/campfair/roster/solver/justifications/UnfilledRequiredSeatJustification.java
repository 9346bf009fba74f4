package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Seat {@code seatNumber} (counting from 1) of {@code taskName} at {@code start} is empty,
 * though the shift needs at least {@code minHeadcount} people.
 */
public record UnfilledRequiredSeatJustification(String taskName, LocalDateTime start,
        int seatNumber, int minHeadcount) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.unfilled", wording.when(start), 1, minHeadcount, taskName),
                List.of(), taskName, start.toLocalDate());
    }
}
