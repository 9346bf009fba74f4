package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

/** {@code nickname} does a task they said they like. */
public record LikedTaskJustification(String nickname, String taskName, LocalDateTime start)
        implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.liked", nickname, taskName, wording.when(start)),
                List.of(nickname), taskName, start.toLocalDate());
    }
}
