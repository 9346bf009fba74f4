package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * The shift needs a returning participant with {@code requiredSkills} to lead it, and none of
 * the {@code nicknames} on it is one.
 */
public record LeadNeededJustification(String taskName, LocalDateTime start,
        Set<String> requiredSkills, List<String> nicknames) implements ConstraintJustification {

    public LeadNeededJustification {
        requiredSkills = Set.copyOf(requiredSkills);
        nicknames = List.copyOf(nicknames);
    }
}
