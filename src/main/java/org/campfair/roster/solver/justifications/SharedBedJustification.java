package org.campfair.roster.solver.justifications;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Two volunteers are given the same bed for {@code sharedNights} nights from {@code from}. */
public record SharedBedJustification(String firstNickname, String secondNickname,
        String houseName, String roomName, String bedLabel, LocalDate from, long sharedNights)
        implements ConstraintJustification {
}
