package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code nickname} rests only {@code restMinutes} between a shift ending at
 * {@code firstEnd} and the next day's shift starting at {@code secondStart}.
 */
public record RestBetweenShiftsJustification(String nickname, String firstTaskName,
        LocalDateTime firstEnd, String secondTaskName, LocalDateTime secondStart,
        long restMinutes, long requiredMinutes) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.rest", nickname, wording.hours(restMinutes), firstTaskName,
                wording.when(firstEnd), secondTaskName, wording.when(secondStart), wording.hours(requiredMinutes)),
                List.of(nickname), secondTaskName, secondStart.toLocalDate());
    }
}
