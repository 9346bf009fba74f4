package org.campfair.selfservice.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 */
@Component
public class TakeGate {

    private final Semaphore permits;
    private final Duration wait;

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
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
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
