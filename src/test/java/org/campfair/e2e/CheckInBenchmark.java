package org.campfair.e2e;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.shared.security.ApiTokenService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning rush of check-ins on the L camp (750 participants, 14 days), published as in
 * {@link TodayBoardBenchmark} with its third day today and 18:00 there, so that every shift
 * of the first three days is open for marking: 750 seats marked over HTTP (the JSON API, an
 * organizer's API token) by 50 clients at once, paced to fit one minute (one request every
 * 80 ms overall, each client every 4 s). Seats nobody marked yet come first, then marked ones
 * corrected with the version they have. Prints p50, p99, the slowest, errors and the minute's
 * wall time; asserts nothing about time. Runs only with
 * {@code ./mvnw -Pbench verify -Dtest=CheckInBenchmark}.
 */
@CampfairIntegrationTest
class CheckInBenchmark {

    private static final int CHECK_INS = 750;
    private static final int CLIENTS = 50;
    private static final long SPACING_NANOS = 60_000_000_000L / CHECK_INS;

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    private record OpenSeat(long shiftId, int seat, int version) {
    }

    @Test
    void sevenHundredFiftyCheckInsInAMinuteFromFiftyClients() throws Exception {
        Path folder = Path.of("target/bench/camps/L-seed1-check-in");
        CampGenerator.generate(CampSize.L, 1).writeTo(folder);
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.directory(folder)));
        TodayBoardBenchmark.publishAsOfTheThirdDay(jdbc, campId, 18 * 60);
        List<OpenSeat> seats = openSeats(campId);
        String bearer = "Bearer " + SignIn.as("organizer", Role.ORGANIZER,
                () -> tokens.create("check-in benchmark", null).secret());

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        var done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            Thread.ofPlatform().start(() -> {
                try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                    // Request i goes at i * 80 ms; client c sends c, c + 50, c + 100, ...
                    for (int i = first; i < CHECK_INS; i += CLIENTS) {
                        long due = start + i * SPACING_NANOS;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        OpenSeat seat = seats.get(i);
                        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/camps/"
                                        + campId + "/shifts/" + seat.shiftId() + "/check-ins/" + seat.seat()))
                                .header("Authorization", bearer).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"state\":\"CAME\",\"version\":" + seat.version() + "}"))
                                .build();
                        long sent = System.nanoTime();
                        int status;
                        String body = "";
                        try {
                            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            status = response.statusCode();
                            body = response.body();
                        } catch (Exception e) {
                            status = -1;
                            body = e.toString();
                        }
                        latencies.add(System.nanoTime() - sent);
                        if (status != 200) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 3) {
                                firstErrors.add(status + " " + body.substring(0, Math.min(200, body.length())));
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
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        int marked = jdbc.sql("""
                select count(*) from seat_check_in c join shift s on s.id = c.shift_id join task t on t.id = s.task_id
                where t.camp_id = ? and c.version >= 1""").param(campId).query(Integer.class).single();
        System.out.printf("BENCH-CHECK-IN size=L participants=750 check_ins=%d clients=%d wall_s=%.1f p50_ms=%.1f "
                + "p99_ms=%.1f max_ms=%.1f errors=%d marked_rows=%d cores=%d load_before=%.1f load_after=%.1f%s%n",
                sorted.size(), CLIENTS, wallSeconds, pct(sorted, 50), pct(sorted, 99), sorted.getLast() / 1e6,
                errors.get(), marked, Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                firstErrors.isEmpty() ? "" : " first_errors=" + firstErrors);
    }

    /**
     * The seats of shifts that started before now (all open to an organizer), unmarked ones
     * first, each with the version a marker reads; 750 of them.
     */
    private List<OpenSeat> openSeats(long campId) {
        var zone = java.time.ZoneId.of(jdbc.sql("select time_zone from camp where id = ?").param(campId)
                .query(String.class).single());
        var seats = jdbc.sql("""
                select ps.shift_id, ps.seat, coalesce(c.version, 0) as version
                from published_seat ps join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where t.camp_id = ? and ps.publication_id = (select max(id) from publication where camp_id = t.camp_id)
                  and s.day + s.start_time < ?
                order by coalesce(c.version, 0), s.day desc, s.start_time, ps.shift_id, ps.seat
                limit ?""")
                .params(campId, java.time.LocalDateTime.now(zone), CHECK_INS)
                .query((rs, row) -> new OpenSeat(rs.getLong("shift_id"), rs.getInt("seat"), rs.getInt("version")))
                .list();
        if (seats.size() < CHECK_INS) {
            throw new IllegalStateException("only " + seats.size() + " seats are open for marking");
        }
        return seats;
    }

    private static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
