package org.campfair.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campfair.calendar.internal.CalendarEventStore;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.calendar.internal.FeedSubjects;
import org.campfair.calendar.internal.PublishedCampReader;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every kind of feed, built from the stored calendar events of the camp's latest
 * publication. Removed assignments stay in feeds as cancelled events for
 * {@code campfair.calendar.cancelled-visible-for} (30 days by default) after they were
 * removed: long enough for every client to have polled at least once and drop its copy,
 * short enough not to clutter the feed for the rest of the camp.
 */
@Service
public class CalendarFeeds {

    private final CalendarUpdates updates;
    private final CalendarEventStore events;
    private final FeedSubjects subjects;
    private final ReminderSettings reminders;
    private final FeedTokenService tokens;
    private final Clock clock;
    private final Duration cancelledVisibleFor;
    private final WrittenFeeds written = new WrittenFeeds(WrittenFeeds.DEFAULT_BUDGET_CHARS);

    CalendarFeeds(CalendarUpdates updates, CalendarEventStore events, FeedSubjects subjects, ReminderSettings reminders,
            FeedTokenService tokens, Clock clock,
            @Value("${campfair.calendar.cancelled-visible-for:P30D}") Duration cancelledVisibleFor) {
        this.updates = updates;
        this.events = events;
        this.subjects = subjects;
        this.reminders = reminders;
        this.tokens = tokens;
        this.clock = clock;
        this.cancelledVisibleFor = cancelledVisibleFor;
    }

    /**
     * The feed ready to serve, for those who may see its link; empty when its subject does
     * not exist (any more) in that camp.
     */
    public Optional<RenderedFeed> render(FeedSubject feed) {
        tokens.requireMayManage(feed);
        return renderOpened(feed);
    }

    /** {@link #render} for a feed opened by its live token, which is the right to read it. */
    Optional<RenderedFeed> renderOpened(FeedSubject feed) {
        Instant published = upToDate(feed.campId());
        return feedOf(feed).map(written::write)
                .map(text -> new RenderedFeed(text.body(), text.etag(), published));
    }

    /**
     * The feed's iCalendar text, written again only when it differs from one written lately:
     * the organizers' zip then costs little more than the reading once clients have polled.
     */
    String write(CalendarFeed feed) {
        return written.write(feed).body();
    }

    /** Brings the camp's events up to its latest publication and returns that publication's time. */
    @Nullable Instant upToDate(long campId) {
        return updates.bringUpToDate(campId).map(PublishedCampReader.Latest::publishedAt).orElse(null);
    }

    private Optional<CalendarFeed> feedOf(FeedSubject feed) {
        return subjects.heading(feed).map(heading -> {
            List<CalendarEntry> entries = events.entriesOf(feed, cancelledSince(), heading.language());
            if (feed.kind() == FeedKind.PARTICIPANT) {
                entries = reminders.storedFor(feed.subjectId()).applyTo(entries);
            }
            return new CalendarFeed(heading.name(), heading.zone(), entries);
        });
    }

    /** Cancelled events removed before this instant are no longer shown. */
    Instant cancelledSince() {
        return clock.instant().minus(cancelledVisibleFor);
    }
}
