package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * A newcomer's day that is too much: on one of their first two days ({@code firstDays}) they
 * have more than one shift ({@code extraShifts} too many), or a task is heavier than they can
 * take yet ({@code tooIntenseTasks}: a heavy task in the first two days, or one above their
 * intensity comfort).
 */
public record GentleStartJustification(String nickname, LocalDate day, boolean firstDays,
        List<String> taskNames, int extraShifts, List<String> tooIntenseTasks)
        implements ConstraintJustification {

    public GentleStartJustification {
        taskNames = List.copyOf(taskNames);
        tooIntenseTasks = List.copyOf(tooIntenseTasks);
    }
}
