package org.campfair.roster.solver.justifications;

import java.util.List;

/** Two buddies sleep under the same roof; the first asked for the second. */
public record BuddiesTogetherJustification(String firstNickname, String secondNickname,
        String houseName) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.buddiesHouse", firstNickname, secondNickname, houseName),
                List.of(firstNickname, secondNickname), null, null);
    }
}
