package org.campfair.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stops PostgreSQL for 30 s while calendar programs poll a feed, an organizer polls the API
 * and a solve runs. Requests must fail with a clear 503 and Retry-After, never a 500; a write
 * tried during the outage must leave nothing behind; the solve's job must survive and save
 * its roster exactly once; service must return by itself. Prints the counts and the
 * recovery time (measured, not asserted beyond generous bounds).
 */
@CampfairIntegrationTest
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(String kind, Instant at, int status, String contentType, boolean retryAfter, String body) {
    }

    @Test
    void requestsGetA503WhileTheDatabaseIsAwayAndEverythingComesBack() throws Exception {
        long publishedCamp = importer.importCamp(CampFiles.classpath("sample-data"));
        rosters.solve(publishedCamp);
        SolvedCamps.awaitSolved(rosters, publishedCamp, Duration.ofSeconds(120));
        rosters.publish(publishedCamp);
        String feedUrl = json.readTree(send("GET", "/api/camps/" + publishedCamp + "/participants").body())
                .get(0).get("feedUrl").asString();
        JsonNode seat = firstFilledSeat(publishedCamp);

        long solvingCamp = importer.importCamp(CampFiles.classpath("sample-data"));
        assertThat(send("POST", "/api/camps/" + solvingCamp + "/solve?timeLimitSeconds=30&unimprovedSeconds=30")
                .statusCode()).isEqualTo(202);
        awaitCheckpoint(solvingCamp);

        List<Answer> answers = new CopyOnWriteArrayList<>();
        var polling = new AtomicBoolean(true);
        // One client per kind, each polling every 200 ms, so that one slow answer delays no other.
        var pollers = List.of(
                poll(polling, answers, () -> answer("feed", HttpRequest.newBuilder(URI.create(feedUrl)))),
                poll(polling, answers, () -> answer("api", request("GET", "/api/camps/" + solvingCamp + "/solve"))),
                poll(polling, answers, () -> answer("readiness",
                        HttpRequest.newBuilder(uri("/actuator/health/readiness")))));

        Instant down = Instant.now();
        database.stop();
        Answer write = answer("write", request("PUT", "/api/camps/" + publishedCamp + "/roster/seats/"
                + seat.get("shiftId").asLong() + "/" + seat.get("seat").asInt(), "{\"participantId\":null,\"pinned\":true}"));
        sleep(OUTAGE.minus(Duration.between(down, Instant.now())));
        database.start();
        Instant up = Instant.now();
        Instant feedBack = awaitFirst(answers, "feed", up);
        Instant apiBack = awaitFirst(answers, "api", up);
        Instant readyBack = awaitFirst(answers, "readiness", up);
        polling.set(false);
        for (var poller : pollers) {
            poller.join();
        }

        var during = answers.stream().filter(a -> a.at().isAfter(down) && a.at().isBefore(up)).toList();
        long feed503 = count(during, "feed", 503);
        long api503 = count(during, "api", 503);
        long readinessDown = count(during, "readiness", 503);
        var otherErrors = answers.stream().filter(a -> a.status() >= 500 && a.status() != 503).toList();
        var solved = SolvedCamps.awaitSolved(rosters, solvingCamp, Duration.ofSeconds(180));
        var job = jdbc.sql("""
                select j.attempts, j.outcome,
                    (select count(*) from solve_job_event e where e.job_id = j.id and e.kind in ('finished', 'stopped'))
                from solve_job j where j.camp_id = ? order by j.id desc limit 1""")
                .param(solvingCamp).query((rs, row) -> new long[] {rs.getInt(1), rs.getLong(3)}).single();

        System.out.printf("OUTAGE outage_s=%d requests=%d during_outage=%d feed_503=%d api_503=%d readiness_503=%d "
                + "other_5xx=%d write_status=%d feed_recovery_s=%.1f api_recovery_s=%.1f readiness_recovery_s=%.1f "
                + "job_attempts=%d job_finished=%d score=%s%n",
                OUTAGE.toSeconds(), answers.size(), during.size(), feed503, api503, readinessDown, otherErrors.size(),
                write.status(), seconds(up, feedBack), seconds(up, apiBack), seconds(up, readyBack), job[0], job[1],
                solved.score());

        assertThat(otherErrors).as("no 500s, only clear 503s").isEmpty();
        assertThat(feed503).as("feeds failed clearly during the outage").isPositive();
        assertThat(api503).as("the API failed clearly during the outage").isPositive();
        assertThat(readinessDown).as("readiness went DOWN").isPositive();
        during.stream().filter(a -> a.status() == 503 && !a.kind().equals("readiness")).forEach(a -> {
            assertThat(a.retryAfter()).as("Retry-After on " + a.kind()).isTrue();
            if (a.kind().equals("feed")) {
                assertThat(a.contentType()).startsWith("text/plain");
                assertThat(a.body()).contains("database");
            } else if (a.kind().equals("api")) {
                assertThat(a.contentType()).startsWith("application/problem+json");
                assertThat(json.readTree(a.body()).get("status").asInt()).isEqualTo(503);
            }
        });
        assertThat(write.status()).isEqualTo(503);
        assertThat(firstFilledSeat(publishedCamp)).as("the write during the outage left nothing behind")
                .isEqualTo(seat);
        assertThat(job[1]).as("the solve's job finished exactly once").isEqualTo(1);
        assertThat(solved.state()).isEqualTo(SolveState.NOT_SOLVING);
        assertThat(solved.score()).startsWith("0hard/");
    }

    private static Thread poll(AtomicBoolean polling, List<Answer> answers, java.util.function.Supplier<Answer> ask) {
        return Thread.ofPlatform().daemon().start(() -> {
            while (polling.get()) {
                answers.add(ask.get());
                sleep(Duration.ofMillis(200));
            }
        });
    }

    /** The first seat with someone in it, as shift id, seat and nickname. */
    private JsonNode firstFilledSeat(long campId) throws Exception {
        var roster = json.readTree(send("GET", "/api/camps/" + campId + "/roster").body());
        for (JsonNode shift : roster.get("shifts")) {
            for (JsonNode seat : shift.get("seats")) {
                if (!seat.get("participantId").isNull()) {
                    return json.createObjectNode().put("shiftId", shift.get("shiftId").asLong())
                            .put("seat", seat.get("seat").asInt()).put("participantId", seat.get("participantId").asLong())
                            .put("pinned", seat.get("pinned").asBoolean());
                }
            }
        }
        throw new AssertionError("camp " + campId + " has no filled seat");
    }

    private void awaitCheckpoint(long campId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            boolean saved = jdbc.sql("select exists (select 1 from solve_job where camp_id = ? and checkpoint_at is not null)")
                    .param(campId).query(Boolean.class).single();
            if (saved) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("the solve of camp " + campId + " saved no roster so far");
    }

    private static Instant awaitFirst(List<Answer> answers, String kind, Instant after) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var back = answers.stream().filter(a -> a.kind().equals(kind) && a.status() == 200 && a.at().isAfter(after))
                    .findFirst();
            if (back.isPresent()) {
                return back.get().at();
            }
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError(kind + " did not come back within 90 s of the database");
    }

    private static long count(List<Answer> answers, String kind, int status) {
        return answers.stream().filter(a -> a.kind().equals(kind) && a.status() == status).count();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private Answer answer(String kind, HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(kind, Instant.now(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").isPresent(), response.body());
        } catch (Exception e) {
            return new Answer(kind, Instant.now(), -1, "", false, String.valueOf(e));
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(request(method, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path) {
        return request(method, path, null);
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        var builder = HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("organizer:demo".getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void sleep(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
