package org.campfair.selfservice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.SignIn;

/**
 * The benchmark's rushes ({@link SelfServiceBenchmark}, {@link AcceptRounds}): one thread per
 * request, all released together by a latch, each timed and its outcome counted: {@code done}
 * when it returns, the refusal's message key, or the exception's class name.
 */
final class AtOnce {

    record Released(Map<String, Integer> outcomes, List<Long> times, long wallNanos) {
    }

    private AtOnce() {
    }

    static <T> Released release(List<T> requests, String done, Consumer<T> request) throws Exception {
        var outcomes = new ConcurrentHashMap<String, Integer>();
        var times = Collections.synchronizedList(new ArrayList<Long>());
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        long wall;
        try (var pool = Executors.newFixedThreadPool(Math.max(1, requests.size()))) {
            for (T each : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    String outcome;
                    try {
                        SignIn.asTheApp(() -> request.accept(each));
                        outcome = done;
                    } catch (RefusedChangeException e) {
                        outcome = e.messageKey();
                    } catch (RuntimeException e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    times.add(System.nanoTime() - began);
                    outcomes.merge(outcome, 1, Integer::sum);
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (var future : futures) {
                future.get();
            }
            wall = System.nanoTime() - began;
        }
        return new Released(outcomes, times, wall);
    }
}
