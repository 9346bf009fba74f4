package org.campfair.roster.solver.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Two buddies sleep under the same roof; the first asked for the second. */
public record BuddiesTogetherJustification(String firstNickname, String secondNickname,
        String houseName) implements ConstraintJustification {
}
