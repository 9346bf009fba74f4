package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedTokenService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Boots the whole app and walks the organizer's API over real HTTP: solve, publish, feed. */
@CampfairIntegrationTest
class CampApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CampImportService importer;
    @Autowired
    FeedTokenService feedTokens;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void onlyOrganizersUseTheApi() throws Exception {
        assertThat(get("/api/camps", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/camps", "participant").statusCode()).isEqualTo(403);
        assertThat(get("/api/camps", "host").statusCode()).isEqualTo(403);
        assertThat(get("/api/camps", "organizer:wrong").statusCode()).isEqualTo(401);
        var camps = get("/api/camps", "organizer");
        assertThat(camps.statusCode()).isEqualTo(200);
        assertThat(json.readTree(camps.body()).valueStream().map(c -> c.get("name").asString()))
                .anyMatch(name -> name.startsWith("Yuzuhara"));
    }

    @Test
    void solvePublishAndSubscribeToAFeed() throws Exception {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        String camp = "/api/camps/" + campId;

        assertThat(post(camp + "/publish").statusCode()).isEqualTo(409);
        // A long time limit keeps the solve running while the second request arrives; Stop then
        // ends it and the best roster so far is saved.
        var started = post(camp + "/solve?timeLimitSeconds=120");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(post(camp + "/solve").statusCode()).as("a second solve of the same camp").isEqualTo(409);
        assertThat(post(camp + "/solve?timeLimitSeconds=0").statusCode()).isEqualTo(400);
        awaitLiveScore(camp, "0hard/0medium/");
        assertThat(delete(camp + "/solve").statusCode()).isEqualTo(200);

        JsonNode status = awaitSolved(camp);
        assertThat(status.get("score").asString()).matches("0hard/0medium/-\\d+soft");
        assertThat(status.get("feasible").asBoolean()).isTrue();

        var roster = json.readTree(get(camp + "/roster", "organizer").body());
        assertThat(roster.get("shifts").size()).isEqualTo(171);
        assertThat(roster.get("stays").valueStream()).allMatch(stay -> !stay.get("bed").isNull());

        assertThat(post(camp + "/publish").statusCode()).isEqualTo(200);

        var participants = json.readTree(get(camp + "/participants", "organizer").body());
        assertThat(participants.size()).isEqualTo(40);
        JsonNode first = participants.get(0);
        String feedUrl = first.get("feedUrl").asString();
        assertThat(feedUrl).matches("http://localhost:\\d+/feeds/[A-Za-z0-9_-]{43}\\.ics");

        var feed = http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("TZID=Asia/Tokyo");

        feedTokens.reissue(first.get("id").asLong());
        var revoked = http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).doesNotContain(first.get("nickname").asString());
    }

    @Test
    void anUnknownCampIsA404WithAPlainMessage() throws Exception {
        var response = get("/api/camps/999999/roster", "organizer");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Camp 999999 not found");
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        var docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).get("paths").has("/api/camps/{campId}/solve")).isTrue();
        assertThat(json.readTree(docs.body()).get("paths").has("/api/camps/{campId}/roster/publication")).isTrue();
    }

    /** Waits until the running solve has found a roster whose score starts so. */
    private void awaitLiveScore(String camp, String prefix) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = json.readTree(get(camp + "/solve", "organizer").body());
            if (!status.get("score").isNull() && status.get("score").asString().startsWith(prefix)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no roster scoring " + prefix + "… in time");
    }

    private JsonNode awaitSolved(String camp) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = json.readTree(get(camp + "/solve", "organizer").body());
            if (status.get("state").asString().equals("NOT_SOLVING") && !status.get("score").isNull()) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not solved in time");
    }

    @Test
    void organizersReadWhetherWhenAndByWhomTheRosterWasPublishedAndWhatIsNotYet() throws Exception {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        String camp = "/api/camps/" + campId;
        String publication = camp + "/roster/publication";

        var never = json.readTree(get(publication, "organizer").body());
        assertThat(never.get("published").asBoolean()).isFalse();
        assertThat(never.get("publishedAt").isNull()).isTrue();
        assertThat(never.get("publishedBy").isNull()).isTrue();
        assertThat(get(publication, "participant").statusCode()).isEqualTo(403);
        assertThat(get(publication, "host").statusCode()).isEqualTo(403);
        assertThat(get(publication, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/camps/999999/roster/publication", "organizer").statusCode()).isEqualTo(404);

        assertThat(post(camp + "/solve?timeLimitSeconds=3").statusCode()).isEqualTo(202);
        awaitSolved(camp);
        Instant beforePublishing = Instant.now().minusSeconds(1);
        assertThat(post(camp + "/publish").statusCode()).isEqualTo(200);

        var published = json.readTree(get(publication, "organizer").body());
        assertThat(published.get("published").asBoolean()).isTrue();
        assertThat(Instant.parse(published.get("publishedAt").asString())).isAfter(beforePublishing)
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(published.get("publishedBy").asString()).isEqualTo("organizer");
        assertThat(published.get("peopleOnRoster").asInt()).isPositive();
        assertThat(published.get("changesNotPublished").asInt()).isZero();

        var filled = json.readTree(get(camp + "/roster", "organizer").body()).get("shifts").valueStream()
                .filter(shift -> shift.get("seats").valueStream().anyMatch(seat -> !seat.get("participantId").isNull()))
                .findFirst().orElseThrow();
        var seat = filled.get("seats").valueStream().filter(s -> !s.get("participantId").isNull()).findFirst()
                .orElseThrow();
        assertThat(put(camp + "/roster/seats/" + filled.get("shiftId").asLong() + "/" + seat.get("seat").asInt(),
                "{\"participantId\": null, \"pinned\": false}").statusCode()).isEqualTo(204);

        var changed = json.readTree(get(publication, "organizer").body());
        assertThat(changed.get("changesNotPublished").asInt()).isEqualTo(1);
        assertThat(changed.get("publishedAt").asString()).isEqualTo(published.get("publishedAt").asString());
    }

    @Test
    void explanationsComeInTheRequestsLanguageWithEnglishByDefault() throws Exception {
        // Unsolved, every required seat is empty: enough sentences without waiting for a solve.
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        String path = "/api/camps/" + campId + "/explanation";

        assertThat(firstSentence(request(path, "organizer").GET().build())).contains("unfilled");
        assertThat(firstSentence(request(path, "organizer").header("Accept-Language", "fr-FR").GET().build()))
                .contains("unfilled");
        assertThat(firstSentence(request(path, "organizer").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
                .GET().build())).contains("비어 있습니다");
        assertThat(firstSentence(request(path, "organizer").header("Accept-Language", "ja").GET().build()))
                .contains("空いています");
    }

    @Test
    void organizersWeighTheSoftRulesOfTheirCamp() throws Exception {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        String weights = "/api/camps/" + campId + "/roster/weights";

        var defaults = json.readTree(get(weights, "organizer").body());
        assertThat(defaults.size()).isEqualTo(10);
        assertThat(defaults.get("DAY_OFF_AFTER_FIVE_DAYS").asLong()).isEqualTo(15_000);
        assertThat(get(weights, "participant").statusCode()).isEqualTo(403);

        var saved = put(weights, "{\"DAY_OFF_AFTER_FIVE_DAYS\": 2000, \"LIKED_TASK\": 0}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(saved.body()).get("DAY_OFF_AFTER_FIVE_DAYS").asLong()).isEqualTo(2_000);
        assertThat(json.readTree(get(weights, "organizer").body()).get("LIKED_TASK").asLong()).isZero();

        var negative = put(weights, "{\"FAIR_WORKLOAD\": -1}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json.readTree(negative.body()).get("detail").asString())
                .isEqualTo("Enter a whole number from 0 to 10,000,000.");
        assertThat(put(weights, "{\"NOT_A_RULE\": 1}").statusCode()).isEqualTo(400);
        assertThat(put(weights, "{\"FAIR_WORKLOAD\": 1.5}").statusCode()).isEqualTo(400);
        assertThat(json.readTree(get(weights, "organizer").body()).get("DAY_OFF_AFTER_FIVE_DAYS").asLong())
                .as("a refused change keeps the weights").isEqualTo(2_000);
    }

    @Test
    void theApiListsEveryRuleWithItsLevelNameAndWeight() throws Exception {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        String rules = "/api/camps/" + campId + "/roster/rules";
        put("/api/camps/" + campId + "/roster/weights", "{\"DAY_OFF_AFTER_FIVE_DAYS\": 2000}");

        var listed = json.readTree(http.send(request(rules, "organizer").header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        assertThat(listed.size()).isEqualTo(21);
        assertThat(listed.get(0).get("key").asString()).isEqualTo("MISSING_SKILL");
        assertThat(listed.get(0).get("level").asString()).isEqualTo("HARD");
        assertThat(listed.get(0).get("weighable").asBoolean()).isFalse();
        var unfilled = listed.get(9);
        assertThat(unfilled.get("constraint").asString()).isEqualTo("Required seat is unfilled");
        assertThat(unfilled.get("name").asString()).isEqualTo("必要な席が空いている");
        var daysOff = listed.get(19);
        assertThat(daysOff.get("key").asString()).isEqualTo("DAY_OFF_AFTER_FIVE_DAYS");
        assertThat(daysOff.get("defaultWeight").asLong()).isEqualTo(15_000);
        assertThat(daysOff.get("weight").asLong()).isEqualTo(2_000);
        assertThat(daysOff.get("unit").asString()).isEqualTo("per working day beyond the fifth in a row");
        assertThat(get(rules, "participant").statusCode()).isEqualTo(403);
    }

    private String firstSentence(HttpRequest request) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).get("reasons").get(0).get("sentence").asString();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return new Http(port).get(path, user);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(request(path, "organizer").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return new Http(port).put(path, "organizer", body);
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return http.send(request(path, "organizer").DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        return new Http(port).request(path, user);
    }
}
