package org.campfair.calendar;

import java.util.ArrayList;
import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.roster.PublishedStay;
import org.springframework.stereotype.Service;

/**
 * A participant's published roster as an iCalendar file: one event per shift and one for the
 * stay, in the camp's time zone. UIDs name the assignment, so re-publishing updates events
 * in calendar programs instead of duplicating them.
 */
@Service
public class ParticipantCalendarService {

    /** Check-in and check-out times of a stay, as the houses are handed over. */
    private static final java.time.LocalTime CHECK_IN = java.time.LocalTime.of(15, 0);
    private static final java.time.LocalTime CHECK_OUT = java.time.LocalTime.of(10, 0);

    private final ParticipantService participants;
    private final CampService camps;
    private final PublishedRosterService published;
    private final IcsWriter writer = new IcsWriter();

    ParticipantCalendarService(ParticipantService participants, CampService camps, PublishedRosterService published) {
        this.participants = participants;
        this.camps = camps;
        this.published = published;
    }

    public String icsFor(long participantId) {
        return writer.write(feedFor(participantId));
    }

    public CalendarFeed feedFor(long participantId) {
        var participant = participants.get(participantId);
        var camp = camps.get(participant.campId());
        var entries = new ArrayList<CalendarEntry>();
        published.shiftsOf(participantId).forEach(shift -> entries.add(entryOf(shift, participantId)));
        published.stayOf(participantId).ifPresent(stay -> entries.add(entryOf(stay)));
        return new CalendarFeed(camp.name() + " – " + participant.nickname(), camp.timeZone(), List.copyOf(entries));
    }

    private static CalendarEntry entryOf(PublishedShift shift, long participantId) {
        var description = new StringBuilder(shift.description());
        if (!shift.whatToBring().isBlank()) {
            description.append("\nBring: ").append(shift.whatToBring());
        }
        if (shift.lead() != null) {
            description.append("\nLead: ").append(shift.lead());
        }
        if (!shift.coworkers().isEmpty()) {
            description.append("\nWith: ").append(String.join(", ", shift.coworkers()));
        }
        return new CalendarEntry("shift-" + shift.shiftId() + "-p" + participantId + "@campfair",
                shift.task(), description.toString().strip(), location(shift.site(), shift.siteAddress()),
                shift.latitude(), shift.longitude(), shift.day().atTime(shift.start()), shift.day().atTime(shift.end()),
                shift.publishedAt(), 0);
    }

    private static CalendarEntry entryOf(PublishedStay stay) {
        return new CalendarEntry("stay-p" + stay.participantId() + "@campfair",
                "Stay: " + stay.house() + ", " + stay.room(), "Bed " + stay.bed() + " in " + stay.room(),
                location(stay.house(), stay.address()), stay.latitude(), stay.longitude(),
                stay.arrivesOn().atTime(CHECK_IN), stay.departsOn().atTime(CHECK_OUT), stay.publishedAt(), 0);
    }

    private static String location(String name, String address) {
        return address.isBlank() ? name : name + ", " + address;
    }
}
