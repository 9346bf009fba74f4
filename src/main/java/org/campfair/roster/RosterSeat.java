package org.campfair.roster;

import org.jspecify.annotations.Nullable;

/** One seat of a shift in the roster: who fills it (by nickname), or nobody yet. */
public record RosterSeat(int seat, @Nullable Long participantId, @Nullable String nickname, boolean pinned) {

    public boolean isFilled() {
        return participantId != null;
    }
}
