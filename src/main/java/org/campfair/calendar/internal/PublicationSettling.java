package org.campfair.calendar.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When a camp's publications have settled enough for its calendars to follow
 * ({@link CalendarUpdates}): after a quiet moment with no new publication, but no later than a
 * maximum after the first one, so a steady stream of seat takes still reaches the calendars.
 * Times are {@link System#nanoTime} readings passed in; thread-safe.
 */
final class PublicationSettling {

    /** A camp's publications since its calendars last followed: when the first and the last came. */
    static final class Waiting {
        private final long first;
        private long last;

        private Waiting(long now) {
            this.first = now;
            this.last = now;
        }
    }

    private final long quietNanos;
    private final long maxNanos;
    private final Map<Long, Waiting> camps = new HashMap<>();

    PublicationSettling(Duration quiet, Duration max) {
        if (quiet.isNegative() || max.compareTo(quiet) < 0) {
            throw new IllegalArgumentException(
                    "campfair.calendar.settle-quiet must be at least 0 and campfair.calendar.settle-max at least as long");
        }
        this.quietNanos = quiet.toNanos();
        this.maxNanos = max.toNanos();
    }

    long quietNanos() {
        return quietNanos;
    }

    /**
     * A publication of the camp came; returns the new wait to look at after the quiet moment,
     * or null when the camp already waits (its wait now runs from this publication on).
     */
    synchronized @Nullable Waiting arrived(long campId, long now) {
        var waiting = camps.get(campId);
        if (waiting != null) {
            waiting.last = now;
            return null;
        }
        waiting = new Waiting(now);
        camps.put(campId, waiting);
        return waiting;
    }

    /**
     * Looking at {@code waiting} at {@code now}: 0 when the calendars should follow now (the camp
     * no longer waits), else how many nanoseconds to look again after, or -1 when this wait is
     * over already (taken by {@link #takeAll}).
     */
    synchronized long due(long campId, Waiting waiting, long now) {
        if (camps.get(campId) != waiting) {
            return -1;
        }
        long left = Math.min(waiting.last + quietNanos, waiting.first + maxNanos) - now;
        if (left > 0) {
            return left;
        }
        camps.remove(campId);
        return 0;
    }

    /** Every camp still waiting, which no longer waits: its calendars are to follow at once. */
    synchronized List<Long> takeAll() {
        var due = List.copyOf(camps.keySet());
        camps.clear();
        return due;
    }
}
