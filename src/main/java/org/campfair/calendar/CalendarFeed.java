package org.campfair.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One subscribable calendar: its display name, the camp's time zone in which every entry's
 * local times are read, and the entries in any order.
 */
public record CalendarFeed(String name, ZoneId zone, List<CalendarEntry> entries) {

    public CalendarFeed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        // A defensive copy, so a feed handed to the writer cannot change while it is written.
        entries = List.copyOf(entries);
    }
}
