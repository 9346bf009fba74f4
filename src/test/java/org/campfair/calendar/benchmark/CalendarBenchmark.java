package org.campfair.calendar.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.CalendarFeeds;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.HandMadeRoster;
import org.campfair.calendar.HandMadeRosters;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.RosterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Feed figures for the generator's L camp (750 people, 14 days, seed 42) with a roster written
 * by hand ({@link HandMadeRoster}: feeds only read what was published, so no solve), over
 * loopback HTTP: one participant's feed (cold and revalidated with 304), the zip of all
 * participants, 200 clients polling at once (spread over every participant's token, and all on
 * one hot token), and publishing with the calendar work that follows it in the background.
 * A measurement, not a test: it asserts nothing and runs only when asked, with
 * {@code ./mvnw test -Dtest=CalendarBenchmark -Dcampfair.benchmark=true}. Figures go to
 * standard output and target/calendar-benchmark.txt.
 */
@CampfairIntegrationTest
// The benchmark polls each token several times a second, which no calendar app does: the
// rate limit is raised above that (its cost still counts) unless -Dbench.feed-rate.burst and
// -Dbench.feed-rate.per-minute say otherwise, e.g. the defaults 20 and 10.
@TestPropertySource(properties = {"campfair.calendar.feed-rate.burst=${bench.feed-rate.burst:100000}",
        "campfair.calendar.feed-rate.per-minute=${bench.feed-rate.per-minute:6000000}"})
@EnabledIfSystemProperty(named = "campfair.benchmark", matches = "true")
class CalendarBenchmark {

    private static final int WARM_UP = 300;
    private static final int SINGLE_REQUESTS = 1000;
    private static final int ZIPS = 5;
    private static final int CLIENTS = 200;
    private static final int REQUESTS_PER_CLIENT = 10;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandMadeRosters handMade;
    @Autowired
    RosterService rosters;
    @Autowired
    FeedTokenService tokens;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        note("machine: %d cores, load average %.1f at start", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long generating = System.nanoTime();
        var camp = handMade.create(CampGenerator.generate(CampSize.L, 42).asCampFiles());
        note("generated %d participants, %d seats in %d ms", camp.participants.size(),
                jdbc.sql("select count(*) from seat_assignment a join shift s on s.id = a.shift_id join task t on t.id = s.task_id where t.camp_id = ?")
                        .param(camp.campId).query(Long.class).single(), millis(generating));

        long publishing = System.nanoTime();
        var publication = rosters.publish(camp.campId);
        long returned = millis(publishing);
        while (jdbc.sql("select count(*) from calendar_publication where publication_id = ?")
                .param(publication.publicationId()).query(Long.class).single() == 0) {
            Thread.sleep(20);
        }
        note("publish: request returned after %d ms; calendar events applied in the background after %d ms (%d events)",
                returned, millis(publishing), jdbc.sql("select count(*) from calendar_event where camp_id = ?")
                        .param(camp.campId).query(Long.class).single());

        List<String> urls = camp.participants.stream()
                .map(id -> HandMadeRoster.feedUrl(port, tokens.tokenFor(id))).toList();
        var random = new Random(7);
        for (int i = 0; i < WARM_UP; i++) {
            get(urls.get(random.nextInt(urls.size())), null);
        }
        List<Double> single = new ArrayList<>();
        List<Double> revalidated = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < SINGLE_REQUESTS; i++) {
            String url = urls.get(random.nextInt(urls.size()));
            long start = System.nanoTime();
            var response = get(url, null);
            single.add(ms(start));
            bytes += response.body().length();
            long again = System.nanoTime();
            var notModified = get(url, response.headers().firstValue("ETag").orElseThrow());
            revalidated.add(ms(again));
            if (notModified.statusCode() != 304) {
                throw new AssertionError("expected 304, got " + notModified.statusCode());
            }
        }
        note("one participant's feed, %d sequential GETs: median %.1f ms, p90 %.1f ms, p99 %.1f ms (avg %d bytes)",
                SINGLE_REQUESTS, pct(single, 50), pct(single, 90), pct(single, 99), bytes / SINGLE_REQUESTS);
        note("same feed revalidated (If-None-Match -> 304): median %.1f ms, p99 %.1f ms", pct(revalidated, 50),
                pct(revalidated, 99));

        List<Double> lookUps = new ArrayList<>();
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < SINGLE_REQUESTS; i++) {
            long id = camp.participants.get(random.nextInt(camp.participants.size()));
            String token = tokens.tokenFor(id);
            long start = System.nanoTime();
            var subject = tokens.subjectOf(token).orElseThrow();
            lookUps.add(ms(start));
            long rendering = System.nanoTime();
            feeds.render(subject).orElseThrow();
            renders.add(ms(rendering));
        }
        note("uncached, in process without HTTP: token look-up median %.2f ms, p99 %.1f ms;"
                + " feed from the database (events, heading, reminders, write) median %.2f ms, p99 %.1f ms",
                pct(lookUps, 50), pct(lookUps, 99), pct(renders, 50), pct(renders, 99));

        List<Double> zips = new ArrayList<>();
        long zipBytes = 0;
        for (int i = 0; i < ZIPS; i++) {
            long start = System.nanoTime();
            var zip = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/camps/"
                    + camp.campId + "/calendars.zip")).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("organizer:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            zips.add(ms(start));
            zipBytes = zip.body().length;
        }
        note("zip of all %d participants' .ics: median %.0f ms, max %.0f ms over %d runs (%d KB)",
                camp.participants.size(), pct(zips, 50), pct(zips, 100), ZIPS, zipBytes / 1024);

        concurrent(urls);
        withWrk(urls, "spread over all " + urls.size() + " participants' tokens");
        withWrk(List.of(urls.getFirst()), "one hot token");
        Files.write(Path.of("target", "calendar-benchmark.txt"), report);
    }

    /** 200 clients at once, each fetching feeds back to back; every non-200 counts as an error. */
    private void concurrent(List<String> urls) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Double>();
        var errors = new AtomicInteger();
        long start = System.nanoTime();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                var random = new Random(c);
                clients.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        long sent = System.nanoTime();
                        try {
                            if (get(urls.get(random.nextInt(urls.size())), null).statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(ms(sent));
                    }
                    return null;
                });
            }
        }
        List<Double> all = new ArrayList<>(latencies);
        note("%d concurrent clients x %d feeds: p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d errors, %.0f requests/s",
                CLIENTS, REQUESTS_PER_CLIENT, pct(all, 50), pct(all, 99), pct(all, 100), errors.get(),
                all.size() / (millis(start) / 1000.0));
    }

    /**
     * The same load from wrk, when it is installed (Debian package wrk): a load generator in
     * C takes far less of the two shared cores than 200 Java clients inside the server's JVM.
     */
    private void withWrk(List<String> urls, String load) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            note("wrk not installed; skipped");
            return;
        }
        Path paths = Path.of("target", "benchmark-feed-paths.txt");
        Files.write(paths, urls.stream().map(url -> URI.create(url).getPath()).toList());
        Path script = Path.of("target", "benchmark-feeds.lua");
        Files.writeString(script, """
                local paths = {}
                for line in io.lines(os.getenv("FEED_PATHS")) do paths[#paths + 1] = line end
                math.randomseed(7)
                request = function() return wrk.format("GET", paths[math.random(#paths)]) end
                """);
        var wrk = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + CLIENTS, "-d10s", "--latency", "-s",
                script.toString(), "http://localhost:" + port + "/").redirectErrorStream(true);
        wrk.environment().put("FEED_PATHS", paths.toAbsolutePath().toString());
        double[] countsBefore = feedRequestCounts();
        long cpuBefore = processCpuNanos();
        var process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        // Let the server answer what wrk left queued before the context, and its database, stop.
        Thread.sleep(3000);
        output.lines().filter(line -> line.matches("\\s*(50|90|99)%.*|.*Requests/sec.*|.*requests in.*|.*Non-2xx.*|.*Socket errors.*"))
                .forEach(line -> note("wrk -c%d 10 s, %s: %s", CLIENTS, load, line.strip()));
        double[] counts = feedRequestCounts();
        double answered = counts[0] - countsBefore[0] + counts[1] - countsBefore[1] + counts[2] - countsBefore[2];
        // The server's own CPU per answer does not depend on how busy the shared machine is.
        note("  server side: %.0f served, %.0f not found, %.0f rate-limited; %.3f ms of server CPU per answer;"
                + " load average %.1f", counts[0] - countsBefore[0], counts[1] - countsBefore[1],
                counts[2] - countsBefore[2], (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, answered),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private double[] feedRequestCounts() {
        return new double[] {count("served"), count("not_found"), count("rate_limited")};
    }

    private double count(String outcome) {
        var counter = meters.find("campfair.feed.requests").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private HttpResponse<String> get(String url, String etag) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void note(String format, Object... args) {
        String line = String.format(java.util.Locale.ROOT, format, args);
        report.add(line);
        System.out.println("[calendar benchmark] " + line);
    }

    private static double pct(List<Double> values, int percentile) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
