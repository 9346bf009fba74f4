package org.campfair.roster.solver.justifications;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** {@code nickname} works {@code workedMinutes} on {@code day}, more than they agreed to. */
public record OverMaxHoursPerDayJustification(String nickname, LocalDate day,
        long workedMinutes, long maxMinutes) implements ConstraintJustification {
}
