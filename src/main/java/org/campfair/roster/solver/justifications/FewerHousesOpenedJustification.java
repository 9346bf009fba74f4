package org.campfair.roster.solver.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** The house is opened for {@code volunteers} people at some time during the camp. */
public record FewerHousesOpenedJustification(String houseName, int volunteers)
        implements ConstraintJustification {
}
