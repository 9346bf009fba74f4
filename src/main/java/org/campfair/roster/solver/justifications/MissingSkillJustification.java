package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.Set;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** {@code nickname} is on {@code taskName} at {@code start} without {@code missingSkills}. */
public record MissingSkillJustification(String nickname, String taskName, LocalDateTime start,
        Set<String> missingSkills) implements ConstraintJustification {
}
