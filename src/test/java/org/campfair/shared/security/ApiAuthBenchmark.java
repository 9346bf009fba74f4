package org.campfair.shared.security;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What API sign-in costs under load: 20 organizers (each its own account) read the sample
 * camp's roster ({@code GET /api/camps/{id}/roster}) at once, as fast as they can, for a fixed
 * time; once with personal API tokens, once with HTTP Basic (a bcrypt check per request).
 * Prints BENCH-API lines per way of signing in; asserts nothing about time. Runs only in
 * the bench profile: {@code ./mvnw -Pbench verify -Dtest=ApiAuthBenchmark}
 * [-Dbench.api.clients=20] [-Dbench.api.seconds=30] [-Dbench.api.warmup=5] [-Dbench.api.single-seconds=10];
 * a single client runs first for each, and wrk (when installed) last. Lines also go to
 * target/bench/api-auth.txt. See docs/benchmark.md.
 */
@CampfairIntegrationTest
class ApiAuthBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.api.clients", 20);
    private static final int SECONDS = Integer.getInteger("bench.api.seconds", 30);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.api.warmup", 5);
    /** A single client first, for the cost of one request without queueing. */
    private static final int SINGLE_SECONDS = Integer.getInteger("bench.api.single-seconds", 10);
    private static final String PASSWORD = "bench-password-1";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CampAccess access;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CampService camps;

    @Test
    void rosterReadsByTwentyOrganizersWithTokensAndWithBasic() throws Exception {
        long campId = camps.list().getFirst().id();
        List<String> bearer = new ArrayList<>();
        List<String> basic = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String username = "bench-organizer-" + i;
            if (!accounts.exists(username)) {
                accounts.create(username, PASSWORD, Role.ORGANIZER, null, null);
            }
            access.grant(campId, username);
            bearer.add("Bearer " + tokenFor(username));
            basic.add("Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        URI roster = URI.create("http://localhost:" + port + "/api/camps/" + campId + "/roster");
        var probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(roster).header("Authorization", bearer.getFirst())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 200) {
            throw new AssertionError("roster answered " + probe.statusCode() + ": " + probe.body());
        }
        note("BENCH-API setup camp=%d roster_bytes=%d clients=%d seconds=%d warmup_s=%d cores=%d",
                campId, probe.body().length(), CLIENTS, SECONDS, WARM_UP_SECONDS,
                Runtime.getRuntime().availableProcessors());
        run("token", roster, bearer.subList(0, 1), SINGLE_SECONDS);
        run("basic", roster, basic.subList(0, 1), SINGLE_SECONDS);
        run("token", roster, bearer, SECONDS);
        run("basic", roster, basic, SECONDS);
        withWrk("token", roster, bearer);
        withWrk("basic", roster, basic);
    }

    /**
     * The same 20 connections from wrk, when it is installed (Debian package wrk): a load
     * generator in C takes far less of the two shared cores than Java clients inside the
     * server's JVM. Each request takes the next of the 20 credentials in turn.
     */
    private void withWrk(String auth, URI roster, List<String> credentials) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            note("BENCH-API-WRK auth=%s skipped: wrk not installed", auth);
            return;
        }
        Path file = Path.of("target", "bench", "api-credentials.txt");
        Files.write(file, credentials);
        Path script = Path.of("target", "bench", "api-auth.lua");
        Files.writeString(script, """
                local credentials = {}
                for line in io.lines(os.getenv("API_CREDENTIALS")) do credentials[#credentials + 1] = line end
                local path = os.getenv("API_PATH")
                local next = 0
                request = function()
                  next = next % #credentials + 1
                  return wrk.format("GET", path, {["Authorization"] = credentials[next]})
                end
                done = function(summary, latency, requests)
                  local seconds = summary.duration / 1e6
                  local e = summary.errors
                  io.write(string.format("requests=%d req_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f"
                    .. " non_2xx=%d socket_errors=%d\\n", summary.requests, summary.requests / seconds,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
                    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
                end
                """);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var wrk = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + credentials.size(), "-d" + SECONDS + "s",
                "--timeout", "30s", "-s", script.toString(), "http://localhost:" + port + "/")
                .redirectErrorStream(true);
        wrk.environment().put("API_CREDENTIALS", file.toAbsolutePath().toString());
        wrk.environment().put("API_PATH", roster.getPath());
        var process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.delete(file);
        String line = output.lines().filter(l -> l.startsWith("requests=")).findFirst().orElse("no summary: " + output);
        note("BENCH-API-WRK auth=%s connections=%d seconds=%d %s load_before=%.1f load_after=%.1f", auth,
                credentials.size(), SECONDS, line.strip(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private String tokenFor(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANIZER"))));
        SecurityContextHolder.setContext(context);
        try {
            return tokens.create("benchmark", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Each client on its own thread and connection, one request after the other, for the warm-up and then the measured time. */
    private void run(String auth, URI roster, List<String> credentials, int seconds) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        List<List<Long>> latencies = new ArrayList<>();
        var errors = new AtomicInteger();
        var done = new CountDownLatch(credentials.size());
        for (String credential : credentials) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Thread.ofPlatform().start(() -> {
                try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                    var request = HttpRequest.newBuilder(roster).header("Authorization", credential).build();
                    long now;
                    while ((now = System.nanoTime()) < ends) {
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - now;
                        if (now >= warmUpEnds) {
                            if (status == 200) {
                                mine.add(took);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        List<Long> all = latencies.stream().flatMap(List::stream).sorted().toList();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        note("BENCH-API auth=%s clients=%d seconds=%d requests=%d req_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f"
                + " max_ms=%.1f errors=%d load_before=%.1f load_after=%.1f", auth, credentials.size(), seconds,
                all.size(), all.size() / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99),
                all.isEmpty() ? 0 : all.getLast() / 1e6, errors.get(), loadBefore, loadAfter);
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void note(String format, Object... args) throws Exception {
        String line = String.format(format, args);
        System.out.println(line);
        Path file = Path.of("target/bench/api-auth.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
