package org.campfair.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.campfair.calendar.internal.CalendarGenerations;
import org.campfair.calendar.internal.CalendarGenerations.CalendarChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds as served, kept in memory: which feed a token opens and the feed's bytes and ETag.
 * Calendar clients poll the same few hundred feeds all day, and a poll that asked the
 * database five times and wrote iCalendar each time could not keep up with a camp's worth
 * of clients at once.
 *
 * <p>Staying correct: every entry carries the calendar generation of its camp (see
 * {@link CalendarGenerations}) it was made under, and is used only while that is still the
 * camp's generation. Changes made through this instance (revoking a token, choosing
 * reminders, applying a publication) count the generation up and tell this cache once they
 * commit, so a revoked token answers 404 from the next request on. Changes made through
 * another instance are seen when this instance next reads the few generation rows, at most
 * {@code campfair.calendar.feed-cache.check-every} (1 s) later. Changes made outside the
 * calendar (a nickname, the camp's name, time zone or language) count nothing up; entries
 * therefore also expire after {@code campfair.calendar.feed-cache.max-age} (30 s), well
 * below any calendar client's polling interval. Unknown tokens are never cached, so probing
 * cannot fill memory.
 */
@Component
class ServedFeeds {

    /** A feed ready to send, and the key its rate limit is kept under (a hash, never the token). */
    record Served(FeedSubject feed, byte[] body, String etag, @Nullable Instant lastModified) {
    }

    /** A live token, by the hash it is looked up with. */
    record Opened(String tokenHash, FeedSubject feed) {
    }

    private record Resolution(FeedSubject feed, long generation, long expiresAt) {
    }

    private record Rendered(Served served, long generation, long expiresAt) {
    }

    /** Upper bound of entries per map; beyond it the cache starts over rather than grow. */
    static final int MAX_ENTRIES = 50_000;

    private final FeedTokenService tokens;
    private final CalendarFeeds feeds;
    private final CalendarGenerations generations;
    private final long checkEveryNanos;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();
    private final Map<FeedSubject, Rendered> rendered = new ConcurrentHashMap<>();
    private final Map<Long, Long> known = new ConcurrentHashMap<>();
    private final AtomicLong nextCheck;

    @Autowired
    ServedFeeds(FeedTokenService tokens, CalendarFeeds feeds, CalendarGenerations generations,
            @Value("${campfair.calendar.feed-cache.check-every:1s}") Duration checkEvery,
            @Value("${campfair.calendar.feed-cache.max-age:30s}") Duration maxAge) {
        this(tokens, feeds, generations, checkEvery, maxAge, System::nanoTime);
    }

    ServedFeeds(FeedTokenService tokens, CalendarFeeds feeds, CalendarGenerations generations, Duration checkEvery,
            Duration maxAge, LongSupplier nanoTime) {
        this.tokens = tokens;
        this.feeds = feeds;
        this.generations = generations;
        this.checkEveryNanos = checkEvery.toNanos();
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
        this.nextCheck = new AtomicLong(nanoTime.getAsLong());
    }

    /** The feed a live token opens; empty for unknown and revoked tokens alike. */
    Optional<Opened> open(String token) {
        long now = nanoTime.getAsLong();
        checkGenerations(now);
        String hash = FeedTokenService.hashOf(token);
        Resolution hit = resolved.get(hash);
        if (hit != null && fresh(hit.feed(), hit.generation(), hit.expiresAt(), now)) {
            return Optional.of(new Opened(hash, hit.feed()));
        }
        // The generation is read before the database, so a change committed meanwhile makes
        // this entry stale instead of hiding behind it.
        var feed = tokens.subjectOf(token);
        if (feed.isEmpty()) {
            resolved.remove(hash);
            return Optional.empty();
        }
        bounded(resolved).put(hash, new Resolution(feed.get(), generationOf(feed.get()), now + maxAgeNanos));
        return Optional.of(new Opened(hash, feed.get()));
    }

    /** The feed's bytes; empty when its subject no longer exists. */
    Optional<Served> render(FeedSubject feed) {
        long now = nanoTime.getAsLong();
        Rendered hit = rendered.get(feed);
        if (hit != null && fresh(feed, hit.generation(), hit.expiresAt(), now)) {
            return Optional.of(hit.served());
        }
        long generation = generationOf(feed);
        var served = feeds.renderOpened(feed).map(text -> new Served(feed, text.body().getBytes(StandardCharsets.UTF_8),
                text.etag(), text.lastModified()));
        served.ifPresentOrElse(s -> bounded(rendered).put(feed, new Rendered(s, generation, now + maxAgeNanos)),
                () -> rendered.remove(feed));
        return served;
    }

    // Runs in the committing thread right after commit: a revoked token is refused from the
    // very next request, not a second later.
    @TransactionalEventListener
    void onChanged(CalendarChanged changed) {
        known.merge(changed.campId(), changed.generation(), Math::max);
    }

    int size() {
        return rendered.size();
    }

    private boolean fresh(FeedSubject feed, long generation, long expiresAt, long now) {
        return generation == generationOf(feed) && now - expiresAt < 0;
    }

    private long generationOf(FeedSubject feed) {
        return known.getOrDefault(feed.campId(), 0L);
    }

    /** Reads every camp's generation when a check is due; one request per interval pays for it. */
    private void checkGenerations(long now) {
        long due = nextCheck.get();
        if (now - due < 0 || !nextCheck.compareAndSet(due, now + checkEveryNanos)) {
            return;
        }
        try {
            generations.all().forEach((camp, generation) -> known.merge(camp, generation, Math::max));
        } catch (RuntimeException e) {
            // Due again at once: no request may be served on a view older than the interval.
            nextCheck.set(now);
            throw e;
        }
        rendered.values().removeIf(entry -> now - entry.expiresAt() >= 0);
        resolved.values().removeIf(entry -> now - entry.expiresAt() >= 0);
    }

    private static <K, V> Map<K, V> bounded(Map<K, V> map) {
        if (map.size() >= MAX_ENTRIES) {
            map.clear();
        }
        return map;
    }
}
