package org.campfair.roster;

import java.time.Instant;
import java.time.LocalDate;

/** Where one participant sleeps in the published roster. */
public record PublishedStay(
        long participantId,
        String house,
        String address,
        double latitude,
        double longitude,
        String room,
        String bed,
        LocalDate arrivesOn,
        LocalDate departsOn,
        Instant publishedAt) {
}
