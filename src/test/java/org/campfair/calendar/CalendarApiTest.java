package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The organizers' calendar API over real HTTP: feed URLs, revocation, downloads, reminders. */
@CampfairIntegrationTest
class CalendarApiTest {

    @LocalServerPort
    int port;
    @Autowired
    HandMadeRosters handMade;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private HandMadeRoster roster;
    private String api;

    @BeforeEach
    void publish() {
        roster = handMade.published();
        api = "/api/camps/" + roster.campId + "/calendars";
    }

    @Test
    void organizersGetAFeedUrlForTheCampEachVillageAndEachHouse() throws Exception {
        JsonNode feeds = json.readTree(send("GET", api, "organizer").body());

        assertThat(feeds.get("camp").get("feedUrl").asString()).matches("http://localhost:\\d+/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feeds.get("villages").size()).isEqualTo(1);
        assertThat(feeds.get("houses").size()).isEqualTo(6);
        for (JsonNode link : List.of(feeds.get("camp"), feeds.get("villages").get(0), feeds.get("houses").get(0))) {
            var feed = send("GET", link.get("feedUrl").asString(), null);
            assertThat(feed.statusCode()).as(link.get("name").asString()).isEqualTo(200);
            assertThat(feed.body()).contains("BEGIN:VEVENT");
        }
        assertThat(json.readTree(send("GET", api, "organizer").body()).get("camp").get("feedUrl"))
                .as("listing again shows the same URL").isEqualTo(feeds.get("camp").get("feedUrl"));
    }

    @Test
    void onlyOrganizersSeeFeedUrls() throws Exception {
        assertThat(send("GET", api, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", api, "host").statusCode()).isEqualTo(403);
        assertThat(send("GET", api + ".zip", "participant").statusCode()).isEqualTo(403);
    }

    @Test
    void aRevokedVillageFeedIs404WithoutAHintAndTheReissuedUrlWorks() throws Exception {
        JsonNode village = json.readTree(send("GET", api, "organizer").body()).get("villages").get(0);
        String oldUrl = village.get("feedUrl").asString();
        String path = api + "/villages/" + village.get("id").asLong() + "/token";

        JsonNode reissued = json.readTree(send("POST", path, "organizer").body());

        var old = send("GET", oldUrl, null);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.body()).isEmpty();
        assertThat(reissued.get("feedUrl").asString()).isNotEqualTo(oldUrl);
        assertThat(send("GET", reissued.get("feedUrl").asString(), null).statusCode()).isEqualTo(200);

        assertThat(send("DELETE", path, "organizer").statusCode()).isEqualTo(204);
        assertThat(send("GET", reissued.get("feedUrl").asString(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void aParticipantsUrlCanBeRevokedThroughTheCalendarApi() throws Exception {
        long kuma = roster.participants.getFirst();
        JsonNode participants = json.readTree(send("GET", "/api/camps/" + roster.campId + "/participants",
                "organizer").body());
        String url = participants.valueStream().filter(p -> p.get("id").asLong() == kuma).findFirst().orElseThrow()
                .get("feedUrl").asString();
        assertThat(send("GET", url, null).statusCode()).isEqualTo(200);

        assertThat(send("DELETE", api + "/participants/" + kuma + "/token", "organizer").statusCode()).isEqualTo(204);

        assertThat(send("GET", url, null).statusCode()).isEqualTo(404);
    }

    @Test
    void subjectsOfOtherCampsAndUnknownKindsAre404() throws Exception {
        var other = handMade.create();
        long foreigner = other.participants.getFirst();

        assertThat(send("POST", api + "/participants/" + foreigner + "/token", "organizer").statusCode()).isEqualTo(404);
        assertThat(send("POST", api + "/camp/" + other.campId + "/token", "organizer").statusCode()).isEqualTo(404);
        assertThat(send("POST", api + "/planets/1/token", "organizer").statusCode()).isEqualTo(404);
    }

    @Test
    void theZipHoldsOneParsableCalendarPerParticipant() throws Exception {
        var response = http.send(request(api + ".zip", "organizer").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                String ics = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(Feeds.parse(ics)).as(entry.getName()).isNotNull();
                assertThat(ics).contains("BEGIN:VALARM");
            }
        }
        assertThat(names).hasSize(roster.participants.size()).allMatch(name -> name.matches(".+-\\d+\\.ics"));
    }

    @Test
    void remindersAreChosenThroughTheApiAndValidated() throws Exception {
        String path = api + "/participants/" + roster.participants.getFirst() + "/reminders";
        assertThat(json.readTree(send("GET", path, "organizer").body()).get("minutesBefore").get(0).asInt())
                .isEqualTo(60);

        var chosen = send("PUT", path, "organizer", "{\"eveningBefore\":false,\"minutesBefore\":[15]}");
        var invalid = send("PUT", path, "organizer", "{\"eveningBefore\":false,\"minutesBefore\":[-1]}");

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(json.readTree(chosen.body()).get("eveningBefore").asBoolean()).isFalse();
        assertThat(invalid.statusCode()).isEqualTo(400);
    }

    @Test
    void anyFeedDownloadsAsAnIcsFile() throws Exception {
        var response = send("GET", api + "/camp/" + roster.campId + "/calendar.ics", "organizer");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        assertThat(response.body()).contains("X-WR-CALNAME:").doesNotContain("BEGIN:VALARM");
    }

    private HttpResponse<String> send(String method, String path, String user) throws Exception {
        return send(method, path, user, null);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        var request = request(path, user).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path));
        if (user != null) {
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
