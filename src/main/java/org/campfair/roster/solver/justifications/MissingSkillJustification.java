package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** {@code nickname} is on {@code taskName} at {@code start} without {@code missingSkills}. */
public record MissingSkillJustification(String nickname, String taskName, LocalDateTime start,
        Set<String> missingSkills) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.missingSkill", nickname, taskName,
                wording.when(start), wording.skills(missingSkills)), List.of(nickname), taskName, start.toLocalDate());
    }
}
