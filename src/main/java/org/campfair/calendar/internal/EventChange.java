package org.campfair.calendar.internal;

import org.jspecify.annotations.Nullable;

/**
 * How one event moves on at a publication. ADDED and CHANGED carry the new content;
 * CANCELLED keeps the content last shown, so only its SEQUENCE and status change.
 */
public record EventChange(Type type, EventKey key, long subjectId, int sequence, @Nullable EventContent content) {

    public enum Type {
        ADDED, CHANGED, CANCELLED
    }

    static EventChange added(EventContent content) {
        return new EventChange(Type.ADDED, new EventKey(content.kind(), content.uid()), content.subjectId(), 0,
                content);
    }

    static EventChange changed(EventContent content, int sequence) {
        return new EventChange(Type.CHANGED, new EventKey(content.kind(), content.uid()), content.subjectId(),
                sequence, content);
    }

    static EventChange cancelled(StoredEvent stored) {
        return new EventChange(Type.CANCELLED, stored.key(), stored.subjectId(), stored.sequence() + 1, null);
    }
}
