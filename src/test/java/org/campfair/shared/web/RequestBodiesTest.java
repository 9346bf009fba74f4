package org.campfair.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API endpoint that takes a body, sent bodies with fields missing or of the wrong
 * shape over real HTTP: each answer is a 4xx with a JSON problem naming what is wrong, never
 * a 500, and nothing starts or changes on a refused body.
 */
@CampfairIntegrationTest
class RequestBodiesTest {

    private static final List<String> WRONG_SHAPES = List.of("{}", "null", "[]", "\"text\"", "{\"from\":null}",
            "{\"from\":\"not a date\"}", "{\"minutesBefore\":[null]}");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private long campId;
    private long participantId;

    @BeforeEach
    void freshCamp() {
        http = new Http(port);
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        participantId = participants.listByCamp(campId).getFirst().id();
    }

    @Test
    void aDropoutWithoutItsDayIs400NamingTheFieldAndStartsNothing() throws Exception {
        var response = post("/api/camps/" + campId + "/participants/" + participantId + "/dropout", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(fieldErrors(response)).containsExactly("from: This field is required");
        assertThat(json.readTree(http.get("/api/camps/" + campId + "/solve", "organizer").body())
                .get("state").asString()).as("no re-plan started").isNotEqualTo("SOLVING");
        assertThat(participants.get(participantId).departsOn()).as("the stay is as it was")
                .isEqualTo(participants.listByCamp(campId).getFirst().departsOn());
    }

    @Test
    void tenThousandReminderLeadTimesAre400WithAFieldErrorAndNothingIsStored() throws Exception {
        String path = "/api/camps/" + campId + "/calendars/participants/" + participantId + "/reminders";
        var minutes = new StringBuilder();
        for (int m = 5; m < 10_005; m++) {
            minutes.append(m == 5 ? "" : ",").append(m);
        }

        var many = http.put(path, "organizer", "{\"eveningBefore\":true,\"minutesBefore\":[" + minutes + "]}");
        var missing = http.put(path, "organizer", "{}");
        var tooSoon = http.put(path, "organizer", "{\"eveningBefore\":false,\"minutesBefore\":[1]}");
        var twice = http.put(path, "organizer", "{\"eveningBefore\":false,\"minutesBefore\":[30,30]}");

        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(many)).containsExactly("minutesBefore: At most 3 reminders before the start");
        assertThat(fieldErrors(missing)).containsExactly("eveningBefore: This field is required",
                "minutesBefore: This field is required");
        assertThat(fieldErrors(tooSoon)).containsExactly("minutesBefore: Enter a number of minutes from 5 to 10080");
        assertThat(fieldErrors(twice)).containsExactly("minutesBefore: Each lead time only once");
        assertThat(jdbc.sql("select count(*) from participant_reminder where participant_id = ?")
                .param(participantId).query(Long.class).single()).isZero();

        var three = http.put(path, "organizer", "{\"eveningBefore\":true,\"minutesBefore\":[5,60,10080]}");
        assertThat(three.statusCode()).as(three.body()).isEqualTo(200);
        assertThat(json.readTree(three.body()).get("minutesBefore").size()).isEqualTo(3);
    }

    @Test
    void noBodyOfTheWrongShapeGetsA500FromAnyEndpoint() throws Exception {
        long shiftId = jdbc.sql("select s.id from shift s join task t on t.id = s.task_id where t.camp_id = ? limit 1")
                .param(campId).query(Long.class).single();
        String participant = participantAccount();
        String camp = "/api/camps/" + campId;
        record Endpoint(String method, String path, String user) {
        }
        var endpoints = List.of(
                new Endpoint("POST", camp + "/participants/" + participantId + "/dropout", "organizer"),
                new Endpoint("PUT", camp + "/roster/weights", "organizer"),
                new Endpoint("PUT", camp + "/roster/seats/" + shiftId + "/0", "organizer"),
                new Endpoint("PUT", camp + "/calendars/participants/" + participantId + "/reminders", "organizer"),
                new Endpoint("PUT", "/api/me/preferences", participant));

        for (var endpoint : endpoints) {
            for (String body : WRONG_SHAPES) {
                var response = http.send(http.request(endpoint.path(), endpoint.user())
                        .header("Content-Type", "application/json")
                        .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body)).build());
                assertThat(response.statusCode()).as(endpoint + " with " + body).isLessThan(500);
                if (response.statusCode() >= 400) {
                    assertThat(response.headers().firstValue("Content-Type").orElse(""))
                            .as(endpoint + " with " + body).contains("json");
                }
            }
        }
        assertThat(json.readTree(http.get(camp + "/solve", "organizer").body()).get("state").asString())
                .as("no dropout started a re-plan").isNotEqualTo("SOLVING");
    }

    @Test
    void aValueOfTheWrongFormIsNamedByItsFieldWithTheFormExpectedAndNeverRepeated() throws Exception {
        String participant = participantAccount();
        var before = participants.get(participantId);
        record Case(String body, String error) {
        }
        var cases = List.of(
                new Case("{\"arrivesOn\":\"kuma@example.org\"}",
                        "arrivesOn: Must be a date such as 2027-11-03 (year-month-day)."),
                new Case("{\"needsPrivateRoom\":\"kuma@example.org\"}", "needsPrivateRoom: Must be true or false."),
                new Case("{\"intensityComfort\":\"kuma@example.org\"}",
                        "intensityComfort: Must be one of: LIGHT, MODERATE, HEAVY."),
                new Case("{\"unavailableDays\":[\"2027-11-03\",\"kuma@example.org\"]}",
                        "unavailableDays: Must be a date such as 2027-11-03 (year-month-day)."));
        for (var wrong : cases) {
            var response = http.send(http.request("/api/me/preferences", participant)
                    .header("Content-Type", "application/json")
                    .method("PUT", HttpRequest.BodyPublishers.ofString(wrong.body())).build());
            assertThat(response.statusCode()).as(wrong.body()).isEqualTo(400);
            assertThat(fieldErrors(response)).as(wrong.body()).containsExactly(wrong.error());
            assertThat(response.body()).as("the value sent is not repeated").doesNotContain("kuma@");
        }
        var organizer = http.send(http.request("/api/camps/" + campId + "/participants/" + participantId + "/dropout",
                "organizer").header("Content-Type", "application/json")
                .method("POST", HttpRequest.BodyPublishers.ofString("{\"from\":\"2027-02-30\"}")).build());
        assertThat(fieldErrors(organizer)).containsExactly("from: Must be a date such as 2027-11-03 (year-month-day).");
        var reminders = http.put("/api/camps/" + campId + "/calendars/participants/" + participantId + "/reminders",
                "organizer", "{\"eveningBefore\":true,\"minutesBefore\":[\"kuma@example.org\"]}");
        assertThat(fieldErrors(reminders)).containsExactly("minutesBefore: Must be a whole number.");
        assertThat(reminders.body()).doesNotContain("kuma@");
        var notJson = http.send(http.request("/api/me/preferences", participant)
                .header("Content-Type", "application/json")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"arrivesOn\":")).build());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notJson.body()).get("detail").asString())
                .isEqualTo("The request body is not valid JSON of the expected shape");
        assertThat(participants.get(participantId)).as("nothing changed").isEqualTo(before);
    }

    private String participantAccount() {
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "long-enough-secret", Role.PARTICIPANT, participantId, null);
        return username + ":long-enough-secret";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(http.request(path, "organizer").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private List<String> fieldErrors(HttpResponse<String> response) throws Exception {
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        return errors.valueStream().map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }
}
