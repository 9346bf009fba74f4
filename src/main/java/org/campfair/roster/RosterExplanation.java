package org.campfair.roster;

import java.util.List;

/**
 * Why the roster scores what it scores: every rule that costs something, broken rules and
 * missing seats first, then each reason as a sentence.
 */
public record RosterExplanation(long campId, String score, boolean feasible, List<ConstraintSummary> constraints,
        List<Explanation> reasons) {

    public List<Explanation> about(String nickname) {
        return reasons.stream().filter(reason -> reason.nicknames().contains(nickname)).toList();
    }
}
