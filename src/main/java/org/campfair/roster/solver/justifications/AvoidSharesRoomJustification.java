package org.campfair.roster.solver.justifications;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** One of the two asked to be kept apart from the other, yet they share a room. */
public record AvoidSharesRoomJustification(String firstNickname, String secondNickname,
        String houseName, String roomName, LocalDate from, long nights)
        implements ConstraintJustification {
}
