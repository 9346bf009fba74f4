package org.campfair.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link CalendarFeed} as an iCalendar (RFC 5545) document: a subscription
 * (METHOD:PUBLISH), or an iTIP invite or cancellation for one person (RFC 5546). Entries may
 * carry DISPLAY alarms and STATUS:CANCELLED; entries with neither come out as they always did.
 *
 * <p>The output depends on the feed alone: DTSTAMP comes from each entry's last modification,
 * events are sorted by start and uid, and the VTIMEZONE comes from the tz data bundled with
 * iCal4j (updates from tzurl.org are switched off in {@code ical4j.properties}). Equal feeds
 * therefore give byte-equal documents, which lets clients and proxies rely on ETags.
 * An instance keeps no state between calls apart from iCal4j's time zone registry, so one
 * instance can serve all feeds.
 */
public final class IcsWriter {

    static final String PRODUCT_ID = "-//Campfair//Campfair roster//EN";

    private static final Comparator<CalendarEntry> BY_START_THEN_UID =
            Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid);

    // RFC 5545 TEXT allows no control characters but HTAB; line feeds are escaped as \n by iCal4j.
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern FORBIDDEN_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public IcsWriter() {
    }

    /** Returns the feed as a subscription (METHOD:PUBLISH), CRLF line endings, folded at 75 octets. */
    public String write(CalendarFeed feed) {
        return write(feed, null);
    }

    /**
     * Returns the feed as an iTIP message for one invitee (METHOD:REQUEST or CANCEL), for an
     * email attachment. The calendar name is left out: the events land in the invitee's own
     * calendar, not in a calendar of their own.
     */
    public String write(CalendarFeed feed, @Nullable Invitation invitation) {
        VTimeZone timeZone = timeZoneOf(feed.zone());
        // The VTIMEZONE's TZID, not the feed's id, so that links such as "Japan" match it.
        ZoneId zone = ZoneId.of(timeZone.getTimeZoneId().getValue());

        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (invitation == null) {
            calendar.add(ImmutableMethod.PUBLISH);
            calendar.add(new XProperty("X-WR-CALNAME", plainText(feed.name())));
            calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        } else {
            calendar.add(invitation.method() == Invitation.Method.REQUEST
                    ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
        }
        // Kept even in an empty feed: RFC 5545 needs at least one component in a calendar.
        calendar.add(timeZone);
        feed.entries().stream()
                .sorted(BY_START_THEN_UID)
                .map(entry -> event(entry, zone, invitation))
                .forEach(calendar::add);

        // Calendar.toString() is unfolded and unvalidated; CalendarOutputter would fold by
        // characters and log a warning about iTIP's ORGANIZER on every feed.
        return ContentLineFolder.fold(calendar.toString());
    }

    // Synchronized because iCal4j's registry loads definitions lazily and does not promise
    // thread safety; after the first load per zone this is a map lookup.
    private synchronized VTimeZone timeZoneOf(ZoneId zone) {
        TimeZone timeZone = timeZones.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException(
                    "No time zone definition for " + zone + "; use a region id such as Asia/Tokyo");
        }
        // A copy, because the registry caches and shares its VTIMEZONE instances.
        return timeZone.getVTimeZone().copy();
    }

    private static VEvent event(CalendarEntry entry, ZoneId zone, @Nullable Invitation invitation) {
        // VEvent(false): the default constructor would stamp DTSTAMP with the current time.
        var event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(entry.lastModified()));
        event.add(new LastModified(entry.lastModified()));
        event.add(new Sequence(entry.sequence()));
        event.add(new DtStart<>(ZonedDateTime.of(entry.start(), zone)));
        event.add(new DtEnd<>(ZonedDateTime.of(entry.end(), zone)));
        event.add(new Summary(plainText(entry.summary())));
        if (!entry.description().isBlank()) {
            event.add(new Description(plainText(entry.description())));
        }
        if (!entry.location().isBlank()) {
            event.add(new Location(plainText(entry.location())));
        }
        if (entry.latitude() != null && entry.longitude() != null) {
            event.add(new Geo(coordinate(entry.latitude()), coordinate(entry.longitude())));
        }
        if (entry.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        if (invitation != null) {
            addParties(event, invitation);
        }
        entry.reminders().stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .map(before -> alarm(before, entry.summary()))
                .forEach(event::add);
        return event;
    }

    private static void addParties(VEvent event, Invitation invitation) {
        event.add(new Organizer(URI.create("mailto:" + invitation.organizerEmail())));
        // RSVP=FALSE: nobody reads replies yet, so clients should not ask the invitee to answer.
        var attendee = new Attendee(URI.create("mailto:" + invitation.attendeeEmail()));
        attendee.add(Role.REQ_PARTICIPANT);
        if (invitation.method() == Invitation.Method.REQUEST) {
            attendee.add(PartStat.NEEDS_ACTION);
        }
        attendee.add(Rsvp.FALSE);
        if (!invitation.attendeeName().isBlank()) {
            attendee.add(new Cn(plainText(invitation.attendeeName())));
        }
        event.add(attendee);
    }

    private static VAlarm alarm(Duration before, String summary) {
        var alarm = new VAlarm(before.negated());
        alarm.add(ImmutableAction.DISPLAY);
        // DISPLAY alarms need a DESCRIPTION; the event's title is what a phone should show.
        alarm.add(new Description(plainText(summary)));
        return alarm;
    }

    private static String plainText(String text) {
        return FORBIDDEN_CONTROL.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /**
     * Six decimals, as RFC 5545 suggests, written without exponent: Geo prints
     * BigDecimal.toString(), which would turn 1e-7 into "1.0E-7", not a valid FLOAT.
     */
    private static BigDecimal coordinate(double degrees) {
        BigDecimal rounded = BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
    }
}
