package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code nickname} is on two shifts at once for {@code overlapMinutes}; both tasks are the
 * same one when they hold two seats of one shift.
 */
public record OverlappingShiftsJustification(String nickname, String firstTaskName,
        LocalDateTime firstStart, String secondTaskName, LocalDateTime secondStart,
        long overlapMinutes) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.overlap", nickname, firstTaskName,
                wording.when(firstStart), secondTaskName, wording.when(secondStart), overlapMinutes),
                List.of(nickname), firstTaskName, firstStart.toLocalDate());
    }
}
