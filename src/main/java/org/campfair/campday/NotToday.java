package org.campfair.campday;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a "not today" did: the day, how it was taken, the shifts that had already begun and
 * stay as they are (the organizer marks them), and the re-plan it started, if any.
 */
public record NotToday(long participantId, LocalDate day, Outcome outcome, List<StartedShift> started,
        @Nullable Long replanJobId) {

    public NotToday {
        started = List.copyOf(started);
    }

    public enum Outcome {
        /** Before publication: the day is simply a day away in the participant's preferences. */
        DAY_AWAY,
        /** After publication: the day and the next are being re-planned for the organizer to publish. */
        REPLANNING,
        /** Said before for that day: nothing changed. */
        ALREADY_SAID,
        /** Taken back. */
        TAKEN_BACK
    }
}
