package org.campfair.roster.solver.justifications;

import java.util.Set;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.campfair.roster.model.RoomNeed;

/** {@code nickname}'s bed is in a room that fails them on {@code unmetNeeds}. */
public record RoomNeedsJustification(String nickname, String houseName, String roomName,
        String bedLabel, Set<RoomNeed> unmetNeeds) implements ConstraintJustification {
}
