package org.campfair.roster.solver.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * {@code nickname} goes {@code metres} in a straight line from their house to
 * {@code siteName}, where they work {@code shifts} shifts.
 */
public record ShortTravelJustification(String nickname, String houseName, String siteName,
        long shifts, long metres) implements ConstraintJustification {
}
