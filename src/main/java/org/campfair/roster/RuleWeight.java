package org.campfair.roster;

import org.campfair.roster.solver.RosterWeights;

/** How much a camp weighs one soft rule of the roster: its own weight, or the rule's default. */
public record RuleWeight(RosterWeights rule, long weight) {

    public boolean isDefault() {
        return weight == rule.defaultWeight();
    }
}
