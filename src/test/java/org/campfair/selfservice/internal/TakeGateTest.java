package org.campfair.selfservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.campfair.shared.RefusedChangeException;
import org.junit.jupiter.api.Test;

/** A take waits for a free turn, and is told the app is busy when none comes within the wait. */
class TakeGateTest {

    @Test
    void aTakeWaitsForAFreeTurnAndIsToldWhenNoneComes() throws Exception {
        var gate = new TakeGate(1, Duration.ofMillis(200));
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> gate.through(() -> {
                inside.countDown();
                try {
                    leave.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            inside.await();
            assertThatThrownBy(() -> gate.through(() -> "second")).isInstanceOf(RefusedChangeException.class)
                    .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo("openSeats.refused.busy");
            leave.countDown();
            assertThat(first.get()).isEqualTo("first");
            assertThat(gate.through(() -> "third")).as("the turn is free again").isEqualTo("third");
        } finally {
            pool.shutdownNow();
        }
    }
}
