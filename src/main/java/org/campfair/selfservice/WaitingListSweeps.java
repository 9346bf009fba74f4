package org.campfair.selfservice;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A held seat runs out without any publication to tell: every {@code
 * campfair.self-service.waiting-check-every} (1 minute by default; {@code off} switches it off)
 * the holds that ran out are let go and their seats offered to the next people on the lists.
 * Several instances may sweep at once: the camp's lock makes them take turns.
 */
@Component
class WaitingListSweeps implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WaitingListSweeps.class);

    private final WaitingListOffers waitingLists;
    private final @Nullable Duration every;
    private volatile @Nullable ScheduledExecutorService sweeper;

    WaitingListSweeps(WaitingListOffers waitingLists,
            @Value("${campfair.self-service.waiting-check-every:1m}") String every) {
        this.waitingLists = waitingLists;
        this.every = "off".equalsIgnoreCase(every.strip()) ? null
                : org.springframework.boot.convert.DurationStyle.detectAndParse(every.strip());
        if (this.every != null && this.every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("campfair.self-service.waiting-check-every must be at least 1s");
        }
    }

    private void sweep() {
        try {
            waitingLists.sweepExpired();
        } catch (RuntimeException e) {
            log.warn("Sweeping the waiting lists' expired holds failed, trying again in {}: {}", every,
                    e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        var interval = every;
        if (sweeper != null || interval == null) {
            return;
        }
        var started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "waiting-lists");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        sweeper = started;
    }

    @Override
    public synchronized void stop() {
        var started = sweeper;
        sweeper = null;
        if (started != null) {
            started.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }
}
