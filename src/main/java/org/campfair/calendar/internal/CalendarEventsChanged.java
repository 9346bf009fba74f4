package org.campfair.calendar.internal;

import java.time.Instant;
import java.util.List;

/**
 * The calendar events of a camp were brought up to a publication. Published inside the
 * transaction that wrote them, so whatever a listener queues (invites) commits with them or
 * not at all.
 */
public record CalendarEventsChanged(long campId, long publicationId, Instant publishedAt, List<EventChange> changes) {

    public CalendarEventsChanged {
        changes = List.copyOf(changes);
    }
}
