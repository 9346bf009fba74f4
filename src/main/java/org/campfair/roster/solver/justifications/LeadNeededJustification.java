package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The shift needs a returning participant with {@code requiredSkills} to lead it, and none of
 * the {@code nicknames} on it is one.
 */
public record LeadNeededJustification(String taskName, LocalDateTime start,
        Set<String> requiredSkills, List<String> nicknames) implements RuleJustification {

    public LeadNeededJustification {
        requiredSkills = Set.copyOf(requiredSkills);
        nicknames = List.copyOf(nicknames);
    }

    @Override
    public Statement statement(Wording wording) {
        String sentence = requiredSkills.isEmpty()
                ? wording.text("roster.explain.leadExperience", taskName, wording.when(start))
                : wording.text("roster.explain.leadSkill", taskName, wording.when(start), wording.skills(requiredSkills));
        return new Statement(sentence, nicknames, taskName, start.toLocalDate());
    }
}
