package org.campfair.calendar.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One queued invite or cancellation as organizers see it. {@code lastError} is the mail
 * server's answer to the last failed attempt.
 */
public record OutgoingMail(long id, long publicationId, long participantId, String nickname, String method,
        Status status, int attempts, @Nullable String lastError, @Nullable Instant sentAt) {

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Handed to the mail server right now. */
        SENDING,
        SENT,
        /** Every attempt failed; an organizer has to reach this participant another way. */
        FAILED,
        /** The app stopped while sending: it may or may not have arrived, and is not sent again. */
        UNCERTAIN
    }
}
