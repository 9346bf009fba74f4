package org.campfair.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campfair.calendar.internal.CalendarEventStore;
import org.campfair.calendar.internal.FeedSubjects;
import org.campfair.camp.CampService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.springframework.stereotype.Service;

/**
 * Every participant's calendar in one zip, for organizers who hand files out themselves.
 * Reads all events of the camp in one query rather than one feed at a time: a camp of 750
 * would otherwise cost thousands of queries.
 */
@Service
public class CalendarArchive {

    private final CampService camps;
    private final ParticipantService participants;
    private final CalendarFeeds feeds;
    private final CalendarEventStore events;
    private final ReminderSettings reminders;

    CalendarArchive(CampService camps, ParticipantService participants, CalendarFeeds feeds, CalendarEventStore events,
            ReminderSettings reminders) {
        this.camps = camps;
        this.participants = participants;
        this.feeds = feeds;
        this.events = events;
        this.reminders = reminders;
    }

    /** Writes the zip, one {@code <nickname>-<id>.ics} per participant, even those without shifts. */
    public void writeZip(long campId, OutputStream out) throws IOException {
        var camp = camps.getOrganized(campId);
        Instant published = feeds.upToDate(campId);
        var entries = events.participantEntries(campId, feeds.cancelledSince());
        var chosen = reminders.chosenIn(campId);
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Participant participant : participants.listByCamp(campId)) {
                var feed = new CalendarFeed(FeedSubjects.title(camp.name(), participant.nickname()), camp.timeZone(),
                        chosen.getOrDefault(participant.id(), Reminders.DEFAULT)
                                .applyTo(entries.getOrDefault(participant.id(), List.of())));
                var entry = new ZipEntry(fileName(participant));
                // The publication's time rather than now, so the same roster zips to the same bytes.
                entry.setTime(published == null ? 0 : published.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(feeds.write(feed).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /** Letters and digits of any script survive; anything a file system might choke on does not. */
    static String fileName(Participant participant) {
        String safe = participant.nickname().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        return safe + "-" + participant.id() + ".ics";
    }
}
