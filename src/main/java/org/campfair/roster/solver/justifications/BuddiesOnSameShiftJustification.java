package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

/** Two buddies work the same shift; the first asked for the second. */
public record BuddiesOnSameShiftJustification(String firstNickname, String secondNickname,
        String taskName, LocalDateTime start) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.buddiesShift", firstNickname, secondNickname, taskName,
                wording.when(start)), List.of(firstNickname, secondNickname), taskName, start.toLocalDate());
    }
}
