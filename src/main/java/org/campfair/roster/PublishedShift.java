package org.campfair.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A shift one participant works in the published roster, with what a calendar event needs. */
public record PublishedShift(
        long shiftId,
        int seat,
        String task,
        String description,
        String whatToBring,
        String site,
        String siteAddress,
        double latitude,
        double longitude,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        List<String> coworkers,
        @Nullable String lead,
        Instant publishedAt) {
}
