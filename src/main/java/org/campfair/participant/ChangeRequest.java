package org.campfair.participant;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Preferences a participant asked for after publication, waiting for (or past) an organizer's decision. */
public record ChangeRequest(
        long id,
        long participantId,
        String nickname,
        Preferences wanted,
        Status status,
        Instant requestedAt,
        @Nullable Instant decidedAt,
        int version) {

    public enum Status {
        PENDING, ACCEPTED, DECLINED
    }
}
