package org.campfair.calendar;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one feed token may be fetched: a token bucket per token hash, in memory. A
 * calendar app polls every few minutes at most, so a token fetched many times a minute is a
 * script gone wrong or a leaked link being scraped; it gets 429 while every other token is
 * still served. Buckets exist only for live tokens (FeedFilter asks after the look-up),
 * so unknown tokens get their plain 404 and cannot fill memory.
 *
 * <p>{@code campfair.calendar.feed-rate.burst} (20) requests at once, refilled at
 * {@code campfair.calendar.feed-rate.per-minute} (10); a burst of 0 switches the limit off.
 * Per instance: behind a load balancer each instance counts its own share.
 */
@Component
class FeedRateLimits {

    /** Beyond this many buckets, full (idle) ones are dropped; a full bucket is the same as none. */
    static final int MAX_BUCKETS = 100_000;

    private final int burst;
    private final double nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    FeedRateLimits(@Value("${campfair.calendar.feed-rate.burst:20}") int burst,
            @Value("${campfair.calendar.feed-rate.per-minute:10}") double perMinute) {
        this(burst, perMinute, System::nanoTime);
    }

    FeedRateLimits(int burst, double perMinute, LongSupplier nanoTime) {
        if (burst > 0 && !(perMinute > 0)) {
            throw new IllegalArgumentException("campfair.calendar.feed-rate.per-minute must be positive");
        }
        this.burst = burst;
        this.nanosPerToken = burst > 0 ? Duration.ofMinutes(1).toNanos() / perMinute : 0;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the key's bucket: {@link Duration#ZERO} if allowed, else how long until one is. */
    Duration take(String key) {
        if (burst <= 0) {
            return Duration.ZERO;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAX_BUCKETS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    private final class Bucket {

        private double tokens = burst;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / nanosPerToken);
            refilledAt = now;
        }
    }
}
