package org.campfair.campday;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Someone who said they cannot come on {@code day}, by nickname. The note is there for the
 * camp's organizers only; {@code byOrganizer} says an organizer said it for them.
 */
public record NotTodayEntry(long participantId, String nickname, LocalDate day, @Nullable String note,
        boolean byOrganizer) {
}
