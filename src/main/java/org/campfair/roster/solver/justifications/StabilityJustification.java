package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.jspecify.annotations.Nullable;

/** One assignment of the published roster that a re-plan changed: a seat or a bed. */
public sealed interface StabilityJustification extends ConstraintJustification {

    /**
     * Seat {@code seatNumber} (from 1) of the shift went from {@code publishedNickname} to
     * {@code nickname}, or to nobody.
     */
    record SeatChanged(String taskName, LocalDateTime start, int seatNumber,
            String publishedNickname, @Nullable String nickname) implements StabilityJustification {
    }

    /** {@code nickname} moved from the published bed to another one, or to none. */
    record BedChanged(String nickname, BedPlace published, @Nullable BedPlace now)
            implements StabilityJustification {
    }

    record BedPlace(String houseName, String roomName, String bedLabel) {
    }
}
