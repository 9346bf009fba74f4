package org.campfair.roster;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.campfair.roster.internal.SeatTakingStore;
import org.campfair.shared.RefusedChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Readies the server for the rush of seat takes that follows a publication, in the background.
 * After each organizer's publication it refreshes the planner's statistics of the tables a take
 * reads ({@link SeatTakingStore#refreshStatistics}). Once per server, at start-up on the camp
 * published last or after the first publication, it rehearses a few takes: run for the first
 * time, a take's code is still loaded, interpreted and compiled as it goes, on database
 * connections that have not run its queries. The first rush on a new camp took twice as long as
 * later ones (docs/benchmark.md, "cold" rush). A rehearsal runs exactly the take's checks
 * ({@link ParticipantSeats#rehearseTake}) and writes nothing.
 * {@code campfair.self-service.warm-up-takes} sets how many (0: no rehearsal, no refresh).
 */
@Component
class TakeWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(TakeWarmUp.class);
    /** People asked per rehearsed take, at most: some are not eligible for the shift they are given. */
    private static final int PEOPLE_PER_TAKE = 4;
    static final int MAX_TAKES = 500;
    /** Takes rehearsed at once: as many as the database pool has connections. */
    private static final int LANES = 10;

    private final ParticipantSeats participantSeats;
    private final SeatRepublishing seats;
    private final SeatTakingStore store;
    private final int takes;
    private final AtomicBoolean begun = new AtomicBoolean();
    private volatile int rehearsed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "take-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    TakeWarmUp(ParticipantSeats participantSeats, SeatRepublishing seats, SeatTakingStore store,
            @Value("${campfair.self-service.warm-up-takes:30}") int takes) {
        if (takes < 0 || takes > MAX_TAKES) {
            throw new IllegalArgumentException(
                    "campfair.self-service.warm-up-takes must be between 0 and " + MAX_TAKES + ", not " + takes);
        }
        this.participantSeats = participantSeats;
        this.seats = seats;
        this.store = store;
        this.takes = takes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (takes > 0) {
            // Looked up on the worker, so that a database away at start-up cannot stop the start.
            worker.execute(() -> {
                try {
                    store.lastPublishedCamp().ifPresent(this::begin);
                } catch (RuntimeException failed) {
                    LOG.warn("Seat take rehearsal not started: {}", failed.getClass().getSimpleName());
                }
            });
        }
    }

    /**
     * After an organizer's publication (not a participant's own change), the planner's
     * statistics are refreshed first; the first publication of the server is then rehearsed.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void afterPublication(RosterPublished published) {
        if (takes > 0 && !published.fillsOnly()) {
            worker.execute(this::refreshStatistics);
        }
        begin(published.campId());
    }

    private void refreshStatistics() {
        try {
            store.refreshStatistics();
        } catch (RuntimeException failed) {
            LOG.warn("Planner statistics not refreshed: {}", failed.getClass().getSimpleName());
        }
    }

    private void begin(long campId) {
        if (takes == 0 || !begun.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            long start = System.nanoTime();
            try {
                rehearsed = rehearse(campId, takes);
                // A camp with nothing open to take teaches nothing: the next publication tries again.
                begun.set(rehearsed > 0);
                LOG.info("Rehearsed {} seat takes in {} ms", rehearsed, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException failed) {
                begun.set(false);
                LOG.warn("Seat take rehearsal stopped: {}", failed.getClass().getSimpleName());
            }
        });
    }

    /**
     * Runs up to {@code count} takes' checks on the camp, each by one of its participants, for one
     * of the shifts open to the first of them who has any; returns how many were checked through
     * to the score. Takes the rules refuse (not eligible, a hard rule) are not counted. They run
     * on {@link #LANES} threads at once, as a rush does, so that every pooled database
     * connection has run a take's queries too, not only the one a single thread would reuse.
     */
    int rehearse(long campId, int count) {
        List<Long> people = store.participants(campId, count * PEOPLE_PER_TAKE);
        List<Long> open = openShifts(campId, people);
        if (open.isEmpty()) {
            return 0;
        }
        var checked = new AtomicInteger();
        var next = new AtomicInteger();
        var failed = new AtomicReference<RuntimeException>();
        try (var lanes = Executors.newFixedThreadPool(LANES, runnable -> {
            var thread = new Thread(runnable, "take-warm-up-lane");
            thread.setDaemon(true);
            return thread;
        })) {
            for (int lane = 0; lane < LANES; lane++) {
                lanes.execute(() -> {
                    try {
                        rehearseInTurn(campId, people, open, count, next, checked);
                    } catch (RuntimeException failure) {
                        failed.compareAndSet(null, failure);
                    }
                });
            }
        }
        if (failed.get() != null && checked.get() == 0) {
            throw failed.get();
        }
        return Math.min(checked.get(), count);
    }

    /** One lane: takes the next person in turn, until {@code count} takes are checked or nobody is left. */
    private void rehearseInTurn(long campId, List<Long> people, List<Long> open, int count, AtomicInteger next,
            AtomicInteger checked) {
        for (int i = next.getAndIncrement(); i < people.size() && checked.get() < count; i = next.getAndIncrement()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                participantSeats.rehearseTake(campId, people.get(i), open.get(i % open.size()));
                checked.incrementAndGet();
            } catch (RefusedChangeException notTheirs) {
                // Checked as far as a real take would be; the next person tries the next shift.
            }
        }
    }

    /** The shifts with a seat open to the first few of {@code people} who have any. */
    private List<Long> openShifts(long campId, List<Long> people) {
        for (long person : people.subList(0, Math.min(people.size(), PEOPLE_PER_TAKE))) {
            var open = seats.choices(campId, person).eligible();
            if (!open.isEmpty()) {
                return open.stream().map(OpenSeat::shiftId).distinct().toList();
            }
        }
        return List.of();
    }

    /** How many takes the last rehearsal checked through; for tests. */
    int rehearsed() {
        return rehearsed;
    }

    /** Waits for a rehearsal in progress; for tests. */
    boolean awaitIdle(long millis) throws InterruptedException {
        var done = new CountDownLatch(1);
        worker.execute(done::countDown);
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
