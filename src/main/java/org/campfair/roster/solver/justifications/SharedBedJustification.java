package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/** Two volunteers are given the same bed for {@code sharedNights} nights from {@code from}. */
public record SharedBedJustification(String firstNickname, String secondNickname,
        String houseName, String roomName, String bedLabel, LocalDate from, long sharedNights)
        implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.sharedBed", firstNickname, secondNickname, bedLabel,
                roomName, houseName, sharedNights, wording.day(from)), List.of(firstNickname, secondNickname), null, from);
    }
}
