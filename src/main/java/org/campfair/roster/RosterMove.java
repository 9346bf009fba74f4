package org.campfair.roster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hand edit of the working roster: seats that get someone else (or nobody) and
 * participants who get another bed (or none). Applied as one change, and pinned.
 */
public record RosterMove(List<SeatChange> seats, List<BedChange> beds) {

    public RosterMove {
        seats = List.copyOf(seats);
        beds = List.copyOf(beds);
    }

    public static RosterMove seat(long shiftId, int seat, @Nullable Long participantId) {
        return new RosterMove(List.of(new SeatChange(shiftId, seat, participantId)), List.of());
    }

    public static RosterMove bed(long participantId, @Nullable Long bedId) {
        return new RosterMove(List.of(), List.of(new BedChange(participantId, bedId)));
    }

    /** Seat {@code seat} of shift {@code shiftId} gets this participant, or nobody when null. */
    public record SeatChange(long shiftId, int seat, @Nullable Long participantId) {
    }

    /** The participant sleeps in this bed, or in none when null. */
    public record BedChange(long participantId, @Nullable Long bedId) {
    }
}
