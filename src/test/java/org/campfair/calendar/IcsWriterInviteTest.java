package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.calendar.TokyoCampFeed.KITCHEN;
import static org.campfair.calendar.TokyoCampFeed.RICE_PLANTING;
import static org.campfair.calendar.TokyoCampFeed.TOKYO;

import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.Test;

/** Reminders, cancellations and iTIP invites, checked by iCal4j's own RFC 5545/5546 validation. */
class IcsWriterInviteTest {

    private final IcsWriter writer = new IcsWriter();
    private final CalendarEntry reminded = RICE_PLANTING.withReminders(List.of(Duration.ofHours(1),
            Duration.ofMinutes(14 * 60 + 30)));
    private final CalendarEntry cancelled = new CalendarEntry(KITCHEN.uid(), "Cancelled: Kitchen duty", "", "", null,
            null, KITCHEN.start(), KITCHEN.end(), KITCHEN.lastModified(), KITCHEN.sequence() + 1, true, List.of());

    @Test
    void aRequestNamesOrganizerAndAttendeeAndPassesItipValidation() {
        Calendar calendar = Feeds.parse(writer.write(feed(reminded), invitation(Invitation.Method.REQUEST)));

        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getProperty("X-WR-CALNAME")).isEmpty();
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:camp@example.org");
        var attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:aiko@example.org");
        assertThat(attendee.toString()).contains("PARTSTAT=NEEDS-ACTION", "RSVP=FALSE", "CN=Aiko");
        assertThat(errors(calendar)).isEmpty();
    }

    @Test
    void aCancelCarriesTheCancelledEventWithItsHigherSequenceAndPassesItipValidation() {
        Calendar calendar = Feeds.parse(writer.write(feed(cancelled), invitation(Invitation.Method.CANCEL)));

        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(Feeds.sequence(event)).isEqualTo(2);
        assertThat(errors(calendar)).isEmpty();
    }

    @Test
    void remindersAreDisplayAlarmsBeforeTheStartEarliestFirst() {
        String ics = writer.write(feed(reminded));

        List<VAlarm> alarms = Feeds.events(ics).getFirst().getAlarms();
        assertThat(alarms).extracting(alarm -> alarm.getTrigger().orElseThrow().getValue())
                .containsExactly("-PT14H30M", "-PT1H");
        assertThat(alarms).allSatisfy(alarm -> {
            assertThat(alarm.getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
            assertThat(alarm.getDescription().getValue()).isEqualTo(RICE_PLANTING.summary());
        });
    }

    @Test
    void aFeedWithRemindersAndCancellationsIsValidRfc5545() {
        Calendar calendar = Feeds.parse(writer.write(feed(reminded, cancelled)));
        calendar.removeAll(Property.METHOD);

        assertThat(errors(calendar)).isEmpty();
        assertThat(writer.write(feed(reminded, cancelled))).contains("STATUS:CANCELLED\r\n");
    }

    @Test
    void withoutRemindersOrCancellationTheOutputIsUnchanged() {
        assertThat(writer.write(TokyoCampFeed.feed())).doesNotContain("VALARM").doesNotContain("STATUS");
    }

    private static CalendarFeed feed(CalendarEntry... entries) {
        return new CalendarFeed("Campfair – Fuji 2026 (Aiko)", TOKYO, List.of(entries));
    }

    private static Invitation invitation(Invitation.Method method) {
        return new Invitation(method, "camp@example.org", "aiko@example.org", "Aiko");
    }

    private static List<String> errors(Calendar calendar) {
        try {
            return calendar.validate().getEntries().stream().map(ValidationEntry::toString).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
