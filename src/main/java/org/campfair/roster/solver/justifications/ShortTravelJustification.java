package org.campfair.roster.solver.justifications;

import java.util.List;

/**
 * {@code nickname} goes {@code metres} in a straight line from their house to
 * {@code siteName}, where they work {@code shifts} shifts.
 */
public record ShortTravelJustification(String nickname, String houseName, String siteName,
        long shifts, long metres) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.travel", nickname, metres / 1000.0, houseName, siteName,
                shifts), List.of(nickname), null, null);
    }
}
