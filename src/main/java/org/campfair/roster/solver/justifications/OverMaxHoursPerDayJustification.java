package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/** {@code nickname} works {@code workedMinutes} on {@code day}, more than they agreed to. */
public record OverMaxHoursPerDayJustification(String nickname, LocalDate day,
        long workedMinutes, long maxMinutes) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.overMaxHours", nickname, wording.hours(workedMinutes),
                wording.day(day), wording.hours(maxMinutes)), List.of(nickname), null, day);
    }
}
