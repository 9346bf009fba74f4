package org.campfair.roster.solver.justifications;

import java.util.List;
import java.util.Set;

import org.campfair.roster.model.RoomNeed;

/** {@code nickname}'s bed is in a room that fails them on {@code unmetNeeds}. */
public record RoomNeedsJustification(String nickname, String houseName, String roomName,
        String bedLabel, Set<RoomNeed> unmetNeeds) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        var needs = unmetNeeds.stream().sorted().map(wording::need).toList();
        return new Statement(wording.text("roster.explain.roomNeeds", nickname, roomName, houseName, wording.list(needs)),
                List.of(nickname), null, null);
    }
}
