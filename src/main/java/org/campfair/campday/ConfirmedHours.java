package org.campfair.campday;

import java.util.List;

/** A camp's confirmed hours so far: every participant, by nickname, with their seats. */
public record ConfirmedHours(long campId, String camp, List<ParticipantHours> participants) {

    public ConfirmedHours {
        participants = List.copyOf(participants);
    }
}
