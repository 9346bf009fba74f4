package org.campfair.roster.solver.justifications;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * The first asked to be kept apart from the second, yet they share a room. Who asked is for
 * the organizer only: an explanation shown to participants must not reveal it.
 */
public record AvoidSharesRoomJustification(String firstNickname, String secondNickname,
        String houseName, String roomName, LocalDate from, long nights)
        implements ConstraintJustification {
}
