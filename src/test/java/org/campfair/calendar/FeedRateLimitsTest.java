package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FeedRateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    /** 3 at once, then one every 10 seconds (6 a minute). */
    private final FeedRateLimits limits = new FeedRateLimits(3, 6, now::get);

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
    void aBurstOfZeroSwitchesTheLimitOff() {
        var off = new FeedRateLimits(0, 0, now::get);

        for (int i = 0; i < 1000; i++) {
            assertThat(off.take("a")).isZero();
        }
    }
}
