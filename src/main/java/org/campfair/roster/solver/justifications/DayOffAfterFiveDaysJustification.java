package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/** {@code nickname} works every day from {@code firstDay} to {@code lastDay}, {@code days} days. */
public record DayOffAfterFiveDaysJustification(String nickname, LocalDate firstDay,
        LocalDate lastDay, int days) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.noDayOff", nickname, days, wording.day(firstDay),
                wording.day(lastDay)), List.of(nickname), null, firstDay);
    }
}
