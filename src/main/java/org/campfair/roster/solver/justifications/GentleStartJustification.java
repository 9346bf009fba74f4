package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/**
 * A newcomer's day that is too much: on one of their first two days ({@code firstDays}) they
 * have more than one shift ({@code extraShifts} too many), or a task is heavier than they can
 * take yet ({@code tooIntenseTasks}: a heavy task in the first two days, or one above their
 * intensity comfort).
 */
public record GentleStartJustification(String nickname, LocalDate day, boolean firstDays,
        List<String> taskNames, int extraShifts, List<String> tooIntenseTasks)
        implements RuleJustification {

    public GentleStartJustification {
        taskNames = List.copyOf(taskNames);
        tooIntenseTasks = List.copyOf(tooIntenseTasks);
    }

    @Override
    public Statement statement(Wording wording) {
        String sentence = firstDays
                ? wording.text("roster.explain.gentleStartDays", nickname, extraShifts, wording.day(day),
                        wording.list(taskNames))
                : wording.text("roster.explain.gentleStartIntensity", nickname, wording.list(tooIntenseTasks),
                        wording.day(day));
        return new Statement(sentence, List.of(nickname), null, day);
    }
}
