package org.campfair.calendar.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.calendar.CalendarEntry;
import org.campfair.calendar.CalendarFeed;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.IcsWriter;
import org.campfair.calendar.Invitation;
import org.campfair.calendar.ReminderSettings;
import org.campfair.calendar.Reminders;
import org.campfair.calendar.internal.CalendarEventStore;
import org.campfair.calendar.internal.CalendarEventsChanged;
import org.campfair.calendar.internal.EventChange;
import org.campfair.camp.CampService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.i18n.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.campfair.shared.i18n.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Queues each participant's invite (their added and changed events, METHOD:REQUEST) and
 * cancellation (their removed events, METHOD:CANCEL) when a publication changes their
 * events, inside the transaction that records the change. Invites carry the same UIDs and
 * SEQUENCE numbers as the feeds, so a client that has both keeps one event.
 */
@Component
class InviteQueue {

    private final ObjectProvider<JavaMailSender> mail;
    private final MailOutbox outbox;
    private final CalendarEventStore events;
    private final CampService camps;
    private final ParticipantService participants;
    private final ReminderSettings reminders;
    private final Clock clock;
    private final String organizer;
    private final IcsWriter writer = new IcsWriter();

    InviteQueue(ObjectProvider<JavaMailSender> mail, MailOutbox outbox, CalendarEventStore events, CampService camps,
            ParticipantService participants, ReminderSettings reminders, Clock clock,
            @Value("${campfair.mail.from:campfair@localhost}") String organizer) {
        this.mail = mail;
        this.outbox = outbox;
        this.events = events;
        this.camps = camps;
        this.participants = participants;
        this.reminders = reminders;
        this.clock = clock;
        this.organizer = organizer;
    }

    @EventListener
    void onChanged(CalendarEventsChanged changed) {
        // Without a mail server nothing is queued, or switching mail on later would send a flood of old news.
        if (mail.getIfAvailable() == null) {
            return;
        }
        var byParticipant = participantChanges(changed.changes());
        if (byParticipant.isEmpty()) {
            return;
        }
        var camp = camps.get(changed.campId());
        var chosen = reminders.chosenIn(changed.campId());
        for (Participant participant : participants.listByCamp(changed.campId())) {
            var changes = byParticipant.get(participant.id());
            if (changes == null || participant.email().isBlank()) {
                continue;
            }
            var reminded = chosen.getOrDefault(participant.id(), Reminders.DEFAULT);
            for (Invitation.Method method : Invitation.Method.values()) {
                List<String> uids = changes.stream().filter(change -> methodOf(change) == method)
                        .map(change -> change.key().uid()).toList();
                if (uids.isEmpty()) {
                    continue;
                }
                List<CalendarEntry> entries = reminded.applyTo(events.entries(FeedKind.PARTICIPANT, uids,
                        Translations.language(participant.language())));
                var invitation = new Invitation(method, organizer, participant.email(), participant.nickname());
                String calendar = writer.write(new CalendarFeed(camp.name(), camp.timeZone(), entries), invitation);
                outbox.queue(camp.id(), changed.publicationId(), participant.id(), method.name(), calendar,
                        clock.instant());
            }
        }
    }

    private static Map<Long, List<EventChange>> participantChanges(List<EventChange> changes) {
        Map<Long, List<EventChange>> byParticipant = new HashMap<>();
        for (EventChange change : changes) {
            if (change.key().kind() == FeedKind.PARTICIPANT) {
                byParticipant.computeIfAbsent(change.subjectId(), id -> new ArrayList<>()).add(change);
            }
        }
        return byParticipant;
    }

    private static Invitation.Method methodOf(EventChange change) {
        return change.type() == EventChange.Type.CANCELLED ? Invitation.Method.CANCEL : Invitation.Method.REQUEST;
    }
}
