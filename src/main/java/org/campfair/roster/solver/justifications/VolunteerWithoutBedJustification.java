package org.campfair.roster.solver.justifications;

import java.time.LocalDate;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** {@code nickname} has no bed for their stay from {@code arrivesOn} to {@code departsOn}. */
public record VolunteerWithoutBedJustification(String nickname, LocalDate arrivesOn,
        LocalDate departsOn) implements ConstraintJustification {
}
