package org.campfair.selfservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.campfair.shared.RefusedChangeException;
import org.junit.jupiter.api.Test;

/**
 * Takes of one shift wait for each other, in the order they came, while takes of other shifts
 * go on; nothing is kept for a shift once nobody takes it.
 */
class ShiftTurnsTest {

    @Test
    void takesOfOneShiftRunOneAfterAnotherAndOtherShiftsDoNotWait() throws Exception {
        var gate = new TakeGate(4, Duration.ofSeconds(10));
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        var pool = Executors.newFixedThreadPool(3);
        try {
            var first = pool.submit(() -> gate.throughShift(1, () -> {
                inside.countDown();
                await(leave);
                order.add("first");
                return "first";
            }));
            inside.await();
            var second = pool.submit(() -> gate.throughShift(1, () -> {
                order.add("second");
                return "second";
            }));
            // Another shift's take is not held up by the first one.
            assertThat(pool.submit(() -> gate.throughShift(2, () -> "other")).get(5, TimeUnit.SECONDS))
                    .isEqualTo("other");
            Thread.sleep(200);
            assertThat(second.isDone()).as("waits for the take of its shift before it").isFalse();

            leave.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
            assertThat(order).containsExactly("first", "second");
            assertThat(gate.shiftsInUse()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTakeThatFindsItsShiftBusyForTheWholeWaitIsToldSoAndLeavesNothingBehind() throws Exception {
        var gate = new TakeGate(4, Duration.ofMillis(200));
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> gate.throughShift(7, () -> {
                inside.countDown();
                await(leave);
                return "first";
            }));
            inside.await();
            assertThatThrownBy(() -> gate.throughShift(7, () -> "second")).isInstanceOf(RefusedChangeException.class)
                    .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo("openSeats.refused.busy");
            leave.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThatThrownBy(() -> gate.throughShift(7, () -> {
                throw new IllegalStateException("rolled back");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(gate.throughShift(7, () -> "third")).as("a failed take frees the shift").isEqualTo("third");
            assertThat(gate.shiftsInUse()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTakeRefusedBeforeItsTurnDoesNotWaitForOtherShiftsTakes() throws Exception {
        // One turn, held by another shift's take until the end: a take that waited for it would
        // be told "busy" only after the wait, not "taken".
        var gate = new TakeGate(1, Duration.ofSeconds(30));
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var other = pool.submit(() -> gate.throughShift(1, () -> {
                inside.countDown();
                await(leave);
                return "other";
            }));
            inside.await();
            List<String> ran = new CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> gate.throughShift(2, () -> {
                throw new RefusedChangeException("openSeats.refused.taken");
            }, () -> {
                ran.add("take");
                return "taken";
            })).isInstanceOf(RefusedChangeException.class)
                    .extracting(e -> ((RefusedChangeException) e).messageKey())
                    .as("told before waiting for the busy turn").isEqualTo("openSeats.refused.taken");
            assertThat(ran).isEmpty();

            // A check that passes still waits for the turn and then takes.
            var checked = new CountDownLatch(1);
            var next = pool.submit(() -> gate.throughShift(3, checked::countDown, () -> "taken"));
            assertThat(checked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(next.isDone()).as("waits for the turn").isFalse();
            leave.countDown();
            assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("other");
            assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("taken");
            assertThat(gate.shiftsInUse()).isZero();
        } finally {
            leave.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
