package org.campfair.calendar;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads feeds back with iCal4j, so tests check what a client parses, not what we meant to write. */
public final class Feeds {

    private Feeds() {
    }

    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not a valid iCalendar document", e);
        }
    }

    public static List<VEvent> events(String ics) {
        return parse(ics).getComponents(Component.VEVENT);
    }

    public static Map<String, VEvent> byUid(String ics) {
        return events(ics).stream().collect(Collectors.toMap(Feeds::uid, Function.identity()));
    }

    public static String uid(VEvent event) {
        return event.getUid().orElseThrow().getValue();
    }

    public static int sequence(VEvent event) {
        return event.getSequence().getSequenceNo();
    }

    public static boolean cancelled(VEvent event) {
        return event.getProperty(Property.STATUS).map(status -> status.getValue().equals("CANCELLED"))
                .orElse(false);
    }
}
