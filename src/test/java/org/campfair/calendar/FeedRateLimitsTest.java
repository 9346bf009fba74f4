package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FeedRateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    /** 3 at once, then one every 10 seconds (6 a minute). */
    private final FeedRateLimits limits = new FeedRateLimits(3, 6, now::get, FeedRateLimits.MAX_BUCKETS);

    @Test
    void aBurstIsServedAndTheNextRequestIsToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("a")).isZero();
        }

        assertThat(limits.take("a")).isEqualTo(Duration.ofSeconds(10));
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(limits.take("a")).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void theBucketRefillsAtTheConfiguredRateUpToTheBurst() {
        for (int i = 0; i < 3; i++) {
            limits.take("a");
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(limits.take("a")).isZero();
        assertThat(limits.take("a")).isPositive();

        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("a")).isZero();
        }
        assertThat(limits.take("a")).isPositive();
    }

    @Test
    void oneHammeredKeyLeavesOtherKeysAlone() {
        for (int i = 0; i < 100; i++) {
            limits.take("hammered");
        }

        assertThat(limits.take("hammered")).isPositive();
        assertThat(limits.take("other")).isZero();
    }

    @Test
    void aFractionalRateRefillsOneRequestAtATime() {
        var slow = new FeedRateLimits(1, 0.5, now::get, FeedRateLimits.MAX_BUCKETS);

        assertThat(slow.take("a")).isZero();
        assertThat(slow.take("a")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void atTheBoundIdleBucketsAreDroppedAndTheHammeredOneKeepsItsLimit() {
        var bounded = new FeedRateLimits(3, 6, now::get, 3);
        for (int i = 0; i < 3; i++) {
            bounded.take("hammered");
        }
        bounded.take("idle");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        bounded.take("busy");

        assertThat(bounded.take("new")).isZero();
        assertThat(bounded.size()).isEqualTo(3);
        assertThat(bounded.take("hammered")).as("the token refilled in 10 s").isZero();
        assertThat(bounded.take("hammered")).as("still its own bucket, not a fresh burst").isPositive();
    }

    @Test
    void theMapStaysBoundedWhenEveryTokenIsBusy() {
        var bounded = new FeedRateLimits(3, 6, now::get, 10);
        for (int i = 0; i < 3; i++) {
            bounded.take("hammered");
        }
        for (int i = 0; i < 1000; i++) {
            bounded.take("token-" + i);
            assertThat(bounded.size()).isLessThanOrEqualTo(10);
        }

        assertThat(bounded.take("hammered")).isPositive();
    }

    @Test
    void aBurstOfZeroSwitchesTheLimitOff() {
        var off = new FeedRateLimits(0, 0, now::get, FeedRateLimits.MAX_BUCKETS);

        for (int i = 0; i < 1000; i++) {
            assertThat(off.take("a")).isZero();
        }
    }
}
