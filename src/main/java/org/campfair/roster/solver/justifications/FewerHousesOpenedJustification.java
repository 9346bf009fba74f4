package org.campfair.roster.solver.justifications;

import java.util.List;

/** The house is opened for {@code volunteers} people at some time during the camp. */
public record FewerHousesOpenedJustification(String houseName, int volunteers)
        implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.houseOpened", houseName, volunteers), List.of(), null, null);
    }
}
