package org.campfair.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One publication of a camp's roster, as far as calendars need it: every shift and every
 * stay, the camp's language (for the feeds of villages, houses and organizers) and each
 * participant's (for their own feed).
 */
public record PublishedCamp(long campId, long publicationId, Instant publishedAt, Locale language,
        List<Shift> shifts, List<Stay> stays) {

    public PublishedCamp {
        shifts = List.copyOf(shifts);
        stays = List.copyOf(stays);
    }

    /** Someone in a seat, known to other people by nickname only. */
    public record Volunteer(long participantId, String nickname, boolean returning, Locale language) {
    }

    /** A shift and who was published into its seats, in seat order; possibly nobody. */
    public record Shift(long shiftId, String task, String description, String whatToBring, String site,
            String address, double latitude, double longitude, long villageId, String village, LocalDate day,
            LocalTime start, LocalTime end, boolean needsLead, int maxHeadcount, List<Volunteer> volunteers) {

        public Shift {
            volunteers = List.copyOf(volunteers);
        }

        /** The first returning volunteer by seat leads a shift that needs a lead, as on the roster. */
        public @Nullable Volunteer lead() {
            return needsLead ? volunteers.stream().filter(Volunteer::returning).findFirst().orElse(null) : null;
        }
    }

    /** Where one participant sleeps from arrival to departure. */
    public record Stay(long participantId, String nickname, Locale language, long houseId, String house,
            String address, double latitude, double longitude, String room, String bed, LocalDate arrivesOn,
            LocalDate departsOn) {
    }
}
