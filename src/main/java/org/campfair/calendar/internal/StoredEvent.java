package org.campfair.calendar.internal;

/** What the feeds last showed of one event: enough to tell whether a publication changes it. */
public record StoredEvent(EventKey key, long subjectId, byte[] contentHash, int sequence, boolean cancelled) {
}
