package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's time line on a clock the test moves, so nobody waits 15 minutes. */
class SignInThrottleTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock,
            new SignInThrottle.Limits(10, Duration.ofSeconds(30), 20, Duration.ofMinutes(15)),
            new SignInThrottle.Limits(50, Duration.ofSeconds(2), 200, Duration.ofMinutes(15)));

    @Test
    void failuresSlowDownThenLockUntilTheLockWindowEnds() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.waitBefore("anna", "a" + i)).isZero();
            throttle.failed("anna", "a" + i);
        }
        assertThat(throttle.waitBefore("anna", "elsewhere")).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
        assertThat(throttle.waitBefore("ANNA ", "elsewhere")).as("the name as typed, case and spaces aside").isPositive();
        assertThat(throttle.waitBefore("bert", "a0")).as("another account from the same address").isZero();

        // Slowed down: one more try every 30 s, until 20 failures lock the rest of the window.
        for (int i = 10; i < 20; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThat(throttle.waitBefore("anna", "b" + i)).isZero();
            throttle.failed("anna", "b" + i);
        }
        clock.advance(Duration.ofMinutes(2));
        Duration locked = throttle.waitBefore("anna", "c");
        assertThat(locked).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15).minus(Duration.ofSeconds(30 * 10 + 120)));
        clock.advance(locked.minusSeconds(1));
        assertThat(throttle.waitBefore("anna", "c")).isPositive();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("anna", "c")).isZero();
    }

    @Test
    void thirtyFailuresInARowLockUntilTheLockExpires() {
        for (int i = 0; i < 30; i++) {
            if (throttle.waitBefore("nobody-known", "x").isZero()) {
                throttle.failed("nobody-known", "x");
            }
        }
        assertThat(throttle.waitBefore("nobody-known", "y")).isPositive();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("nobody-known", "y")).isZero();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("carl", "shared");
        }
        throttle.succeeded("carl");
        assertThat(throttle.waitBefore("carl", "other")).isZero();
        for (int i = 0; i < 40; i++) {
            throttle.failed("user" + i, "shared");
        }
        assertThat(throttle.waitBefore("dora", "shared")).as("50 failures from the address").isPositive();
        throttle.succeeded("dora");
        assertThat(throttle.waitBefore("dora", "shared")).isPositive();
        assertThat(throttle.waitBefore(null, "shared")).as("API tokens from there too").isPositive();
    }
}
