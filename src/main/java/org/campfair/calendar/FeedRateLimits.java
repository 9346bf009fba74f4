package org.campfair.calendar;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one feed token may be fetched: a token bucket (bucket4j) per token hash, in memory.
 * A calendar app polls every few minutes at most, so a token fetched many times a minute is a
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

    /** At this many buckets, full (idle) ones are dropped, a full bucket being the same as none; see forgetIdle. */
    static final int MAX_BUCKETS = 100_000;

    private final int burst;
    private final Duration perToken;
    private final int maxBuckets;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    FeedRateLimits(@Value("${campfair.calendar.feed-rate.burst:20}") int burst,
            @Value("${campfair.calendar.feed-rate.per-minute:10}") double perMinute) {
        this(burst, perMinute, System::nanoTime, MAX_BUCKETS);
    }

    FeedRateLimits(int burst, double perMinute, LongSupplier nanoTime, int maxBuckets) {
        if (burst > 0 && !(perMinute > 0)) {
            throw new IllegalArgumentException("campfair.calendar.feed-rate.per-minute must be positive");
        }
        this.burst = burst;
        // One token at a time, refilled greedily: a fractional rate such as 0.5 a minute works too.
        long nanosPerToken = burst > 0 ? Math.round(Duration.ofMinutes(1).toNanos() / perMinute) : 1;
        this.perToken = Duration.ofNanos(Math.max(1, nanosPerToken));
        this.maxBuckets = maxBuckets;
        // The caller's clock, so that tests move time instead of sleeping.
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** Takes one request from the key's bucket: {@link Duration#ZERO} if allowed, else how long until one is. */
    Duration take(String key) {
        if (burst <= 0) {
            return Duration.ZERO;
        }
        if (buckets.size() >= maxBuckets) {
            forgetIdle();
        }
        var probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** How many tokens have a bucket now. */
    int size() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(1, perToken))
                .withCustomTimePrecision(time)
                .build();
    }

    /**
     * Drops full buckets, then, if as many tokens are all busy at once, the fuller half: those
     * tokens start again from a full burst, while the emptiest, the ones being hammered, stay
     * limited. Either way the map never outgrows the bound.
     */
    private synchronized void forgetIdle() {
        if (buckets.size() < maxBuckets) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= burst);
        if (buckets.size() >= maxBuckets) {
            // Read each bucket once: requests go on meanwhile, and a sort needs keys that hold still.
            record Fill(String key, long tokens) {
            }
            buckets.entrySet().stream().map(e -> new Fill(e.getKey(), e.getValue().getAvailableTokens())).toList()
                    .stream().sorted(Comparator.comparingLong(Fill::tokens).reversed())
                    .limit(buckets.size() - maxBuckets / 2).forEach(fill -> buckets.remove(fill.key()));
        }
    }
}
