package org.campfair.calendar;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of recently served feeds, by their content. Clients poll far more often than
 * rosters change, and writing iCalendar is most of the work of a feed request, so a feed
 * whose events, reminders and name are unchanged is not written again. Keyed by the whole
 * {@link CalendarFeed} value, so nothing needs invalidating: a change is a different key.
 * Least recently used feeds go first once the texts exceed a budget of characters.
 */
final class WrittenFeeds {

    /** About 750 participant feeds of a large camp, many times over, in a few tens of MB. */
    static final long DEFAULT_BUDGET_CHARS = 16_000_000;

    /** A written feed and the strong ETag of its bytes. */
    record Written(String body, String etag) {
    }

    private final IcsWriter writer = new IcsWriter();
    private final long budgetChars;
    private final LinkedHashMap<CalendarFeed, Written> recent = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    WrittenFeeds(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    Written write(CalendarFeed feed) {
        synchronized (this) {
            Written hit = recent.get(feed);
            if (hit != null) {
                return hit;
            }
        }
        // Written outside the lock: two requests for the same new feed may both write it, which
        // costs a millisecond; holding the lock would serialize every feed request.
        String body = writer.write(feed);
        var written = new Written(body, RenderedFeed.strongEtag(body));
        synchronized (this) {
            if (recent.putIfAbsent(feed, written) == null) {
                chars += body.length();
                evictBeyondBudget();
            }
        }
        return written;
    }

    synchronized int size() {
        return recent.size();
    }

    private void evictBeyondBudget() {
        Iterator<Map.Entry<CalendarFeed, Written>> oldestFirst = recent.entrySet().iterator();
        while (chars > budgetChars && oldestFirst.hasNext()) {
            chars -= oldestFirst.next().getValue().body().length();
            oldestFirst.remove();
        }
    }
}
