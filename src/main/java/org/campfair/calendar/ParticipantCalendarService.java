package org.campfair.calendar;

import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A participant's published roster as an iCalendar file: one event per shift and one for the
 * stay, in the camp's time zone, with their reminders. UIDs name the assignment, so
 * re-publishing updates events in calendar programs instead of duplicating them.
 */
@Service
public class ParticipantCalendarService {

    private final ParticipantService participants;
    private final CalendarFeeds feeds;

    ParticipantCalendarService(ParticipantService participants, CalendarFeeds feeds) {
        this.participants = participants;
        this.feeds = feeds;
    }

    public String icsFor(long participantId) {
        return feeds.render(subjectOf(participantId)).map(RenderedFeed::body)
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
    }

    private FeedSubject subjectOf(long participantId) {
        return FeedSubject.participant(participants.get(participantId).campId(), participantId);
    }
}
