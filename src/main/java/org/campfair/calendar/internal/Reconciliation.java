package org.campfair.calendar.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a publication's events with what the feeds showed before. RFC 5545 clients keep
 * the copy with the highest SEQUENCE (and, at equal SEQUENCE, the later DTSTAMP), so every
 * visible change must raise it: new events start at 0, changed or revived ones count up, and
 * events that disappear are cancelled with a higher SEQUENCE rather than silently dropped,
 * since a client that never sees the cancellation would keep the old event forever.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    public static List<EventChange> of(Map<EventKey, StoredEvent> stored, List<EventContent> fresh) {
        var changes = new ArrayList<EventChange>();
        Set<EventKey> present = new HashSet<>();
        for (EventContent content : fresh) {
            var key = new EventKey(content.kind(), content.uid());
            if (!present.add(key)) {
                throw new IllegalStateException("two events share the uid " + content.uid());
            }
            StoredEvent before = stored.get(key);
            if (before == null) {
                changes.add(EventChange.added(content));
            } else if (before.cancelled() || !Arrays.equals(before.contentHash(), content.hash())) {
                changes.add(EventChange.changed(content, before.sequence() + 1));
            }
        }
        stored.values().stream()
                .filter(before -> !before.cancelled() && !present.contains(before.key()))
                .map(EventChange::cancelled)
                .forEach(changes::add);
        return changes;
    }
}
