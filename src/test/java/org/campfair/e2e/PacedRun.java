package org.campfair.e2e;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A benchmark's rush: {@code count} requests spread evenly over one minute and sent by
 * {@code clients} clients at once (request i goes at i × spacing; client c sends c, c + clients,
 * …), each timed from its first byte sent to its last answer read. Keeps the latencies, how many
 * succeeded and the first few failures; says nothing about what counts as fast.
 */
record PacedRun(List<Long> sortedLatencies, int successes, int errors, List<String> firstErrors, double wallSeconds) {

    /** One request (or a phone's few in a row) and whether it did what it was for. */
    record Outcome(int status, String body, boolean ok) {
    }

    @FunctionalInterface
    interface Request {
        Outcome send(HttpClient http, int index) throws Exception;
    }

    static PacedRun run(int count, int clients, Request request) throws InterruptedException {
        long spacing = 60_000_000_000L / count;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var successes = new AtomicInteger();
        var errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        var done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            int first = client;
            Thread.ofPlatform().start(() -> {
                try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                    for (int i = first; i < count; i += clients) {
                        long wait = start + i * spacing - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long sent = System.nanoTime();
                        Outcome outcome;
                        try {
                            outcome = request.send(http, i);
                        } catch (InterruptedException e) {
                            throw e;
                        } catch (Exception e) {
                            outcome = new Outcome(-1, e.toString(), false);
                        }
                        latencies.add(System.nanoTime() - sent);
                        if (outcome.ok()) {
                            successes.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 3) {
                                String body = outcome.body();
                                firstErrors.add(outcome.status() + " " + body.substring(0, Math.min(200, body.length())));
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new PacedRun(latencies.stream().sorted().toList(), successes.get(), errors.get(), List.copyOf(firstErrors),
                (System.nanoTime() - start) / 1e9);
    }

    /** The p-th percentile in milliseconds. */
    double percentileMs(int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedLatencies.size()) - 1;
        return sortedLatencies.get(Math.max(0, index)) / 1e6;
    }

    double slowestMs() {
        return sortedLatencies.getLast() / 1e6;
    }

    /** Empty, or " first_errors=[…]" for the BENCH line. */
    String firstErrorsNote() {
        return firstErrors.isEmpty() ? "" : " first_errors=" + firstErrors;
    }
}
