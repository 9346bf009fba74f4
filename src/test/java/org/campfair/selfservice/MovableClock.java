package org.campfair.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves on by hand, to let held seats run out without waiting. */
final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    MovableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen in another zone: shares nothing, so a zoned copy does not move. */
    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }
}
