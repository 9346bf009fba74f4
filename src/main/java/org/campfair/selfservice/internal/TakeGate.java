package org.campfair.selfservice.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.campfair.shared.RefusedChangeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a few seat takes run at once and the rest wait their turn; accepted give-aways, swaps
 * and seats held from a waiting list take the same turns. Each reads the camp (a take only the
 * part around its seat) and scores the move inside its transaction, holding a database
 * connection for all of it; a rush of
 * participants (measured: 100 at once on the L camp) otherwise empties the connection pool and
 * most of them fail after its short wait for a connection instead of being told whether they
 * got the seat. Waiting here holds no connection.
 *
 * <p>Takes of the same shift also wait for each other ({@link #throughShift}): in a rush, five
 * people on one last seat would otherwise each read and score the camp, and four of them learn
 * only at the end, under the publish lock, that the first had it (measured: 0.4 to 0.7 s each
 * on the L camp). Waiting for the take before them, they find the seat gone with one quick
 * query instead; and had that take failed, the seat is still theirs to take.
 */
@Component
public class TakeGate {

    private final Semaphore permits;
    private final Duration wait;
    private final ConcurrentHashMap<Long, ShiftTurn> shifts = new ConcurrentHashMap<>();

    /** One take of a shift at a time; dropped when nobody waits for it. */
    private static final class ShiftTurn {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    TakeGate(@Value("${campfair.self-service.parallel-takes:4}") int parallel,
            @Value("${campfair.self-service.take-wait:60s}") Duration wait) {
        if (parallel < 1) {
            throw new IllegalArgumentException("campfair.self-service.parallel-takes must be at least 1");
        }
        this.permits = new Semaphore(parallel, true);
        this.wait = wait;
    }

    /**
     * Runs {@code take} when a turn is free.
     *
     * @throws RefusedChangeException "openSeats.refused.busy" when no turn came within the wait
     */
    public <T> T through(Supplier<T> take) {
        return through(take, System.nanoTime() + wait.toNanos());
    }

    /**
     * Runs {@code take} of a seat of the shift when no other take of that shift runs and a turn
     * is free; takes of one shift run in the order they came.
     *
     * @throws RefusedChangeException "openSeats.refused.busy" when neither came within the wait
     */
    public <T> T throughShift(long shiftId, Supplier<T> take) {
        return throughShift(shiftId, () -> { }, take);
    }

    /**
     * As {@link #throughShift(long, Supplier)}, but runs {@code beforeTurn} first, once no other
     * take of the shift runs and before waiting for a turn: a quick check that refuses (by
     * throwing) a take whose seat the take before it just filled. In a rush that is most takers
     * of a shift, and they would otherwise wait in line behind every other shift's takes for a
     * turn only to learn it then.
     */
    public <T> T throughShift(long shiftId, Runnable beforeTurn, Supplier<T> take) {
        long deadline = System.nanoTime() + wait.toNanos();
        // The map's compute runs under its own lock for the key, so counting users there is safe.
        ShiftTurn turn = shifts.compute(shiftId, (id, current) -> {
            ShiftTurn used = current == null ? new ShiftTurn() : current;
            used.users++;
            return used;
        });
        try {
            if (!turn.lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new RefusedChangeException("openSeats.refused.busy");
            }
            try {
                beforeTurn.run();
                return through(take, deadline);
            } finally {
                turn.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedChangeException("openSeats.refused.busy");
        } finally {
            shifts.computeIfPresent(shiftId, (id, used) -> --used.users == 0 ? null : used);
        }
    }

    /** The shifts with a take running or waiting; for tests that check nothing is left behind. */
    int shiftsInUse() {
        return shifts.size();
    }

    private <T> T through(Supplier<T> take, long deadline) {
        try {
            if (!permits.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new RefusedChangeException("openSeats.refused.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedChangeException("openSeats.refused.busy");
        }
        try {
            return take.get();
        } finally {
            permits.release();
        }
    }
}
