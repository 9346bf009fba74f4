package org.campfair.roster;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a participant sleeps for their stay; house, room and bed are null while unassigned. */
public record RosterStay(
        long participantId,
        String nickname,
        LocalDate arrivesOn,
        LocalDate departsOn,
        @Nullable String house,
        @Nullable String room,
        @Nullable String bed,
        boolean pinned) {

    public boolean hasBed() {
        return bed != null;
    }
}
