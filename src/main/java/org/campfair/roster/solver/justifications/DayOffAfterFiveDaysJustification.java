package org.campfair.roster.solver.justifications;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** {@code nickname} works every day from {@code firstDay} to {@code lastDay}, {@code days} days. */
public record DayOffAfterFiveDaysJustification(String nickname, LocalDate firstDay,
        LocalDate lastDay, int days) implements ConstraintJustification {
}
