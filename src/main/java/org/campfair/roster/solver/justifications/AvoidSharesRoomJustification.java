package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/**
 * The first asked to be kept apart from the second, yet they share a room. Who asked is for
 * the organizer only: an explanation shown to participants must not reveal it.
 */
public record AvoidSharesRoomJustification(String firstNickname, String secondNickname,
        String houseName, String roomName, LocalDate from, long nights)
        implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.keptApart", firstNickname, secondNickname, roomName,
                houseName, nights, wording.day(from)), List.of(firstNickname, secondNickname), null, from);
    }
}
