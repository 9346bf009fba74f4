package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
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
 * The API as each role over real HTTP: participants reach only their own data under /api/me,
 * hosts nothing, organizers only the camps they organize; anonymous callers get 401.
 */
@CampfairIntegrationTest
class MeApiTest {

    private static final String PASSWORD = "long-enough-secret";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    PreferenceService preferences;
    @Autowired
    AccountService accounts;
    @Autowired
    CampAccess access;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private long campId;
    private Participant alice;
    private Participant bob;
    private String aliceUser;
    private String bobUser;

    @BeforeEach
    void freshCampWithTwoParticipantAccounts() {
        http = new Http(port);
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var people = participants.listByCamp(campId);
        alice = people.get(0);
        bob = people.get(1);
        aliceUser = account(alice.id());
        bobUser = account(bob.id());
    }

    private String account(long participantId) {
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.PARTICIPANT, participantId, null);
        return username + ":" + PASSWORD;
    }

    @Test
    void anonymousCallersAre401AndOtherRolesAre403OnMe() throws Exception {
        assertThat(http.get("/api/me", null).statusCode()).isEqualTo(401);
        assertThat(http.put("/api/me/preferences", null, "{}").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me", aliceUser.split(":")[0] + ":wrong-password").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me", "host").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/me/schedule", "organizer").statusCode()).isEqualTo(403);
    }

    @Test
    void participantsAndHostsCannotUseTheOrganizersApi() throws Exception {
        for (String user : new String[] {aliceUser, "participant", "host"}) {
            assertThat(http.get("/api/camps", user).statusCode()).as(user).isEqualTo(403);
            assertThat(http.get("/api/camps/" + campId + "/participants", user).statusCode()).as(user).isEqualTo(403);
            assertThat(http.get("/api/camps/" + campId + "/export.zip", user).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void eachParticipantReadsOnlyTheirOwnProfileWithoutLegalNameOrEmail() throws Exception {
        var mine = http.get("/api/me", aliceUser);
        assertThat(mine.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(mine.body());
        assertThat(me.get("nickname").asString()).isEqualTo(alice.nickname());
        assertThat(me.get("arrivesOn").asString()).isEqualTo(alice.arrivesOn().toString());
        assertThat(me.has("needs")).isTrue();
        assertThat(mine.body()).doesNotContain(alice.legalName()).doesNotContain(alice.email())
                .doesNotContain(bob.legalName());

        assertThat(json.readTree(http.get("/api/me", bobUser).body()).get("nickname").asString())
                .isEqualTo(bob.nickname());
        assertThat(json.readTree(http.get("/api/me/schedule", aliceUser).body()).size())
                .as("nothing is published in this camp yet").isZero();
    }

    @Test
    void anAccountNotLinkedToAParticipantIs404() throws Exception {
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.PARTICIPANT, null, null);
        assertThat(http.get("/api/me", username + ":" + PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void beforePublicationAChangeAppliesAndTouchesNobodyElse() throws Exception {
        String body = """
                {"arrivesOn":"%s","departsOn":"%s","unavailableDays":["%s"],"skills":["pruning"],
                 "likedTasks":["Jam making"],"dislikedTasks":[],"intensityComfort":"LIGHT",
                 "needsPrivateRoom":true,"needsStepFree":false,"buddies":["%s"],"avoids":[],"language":"ko"}"""
                .formatted(alice.arrivesOn(), alice.departsOn(), alice.arrivesOn().plusDays(1), bob.nickname());
        var response = http.put("/api/me/preferences", aliceUser, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("applied").asBoolean()).isTrue();

        var saved = preferences.of(alice.id());
        assertThat(saved.intensityComfort().name()).isEqualTo("LIGHT");
        assertThat(saved.likedTasks()).containsExactly("Jam making");
        assertThat(saved.buddies()).containsExactly(bob.nickname());
        assertThat(saved.unavailableDays()).containsExactly(alice.arrivesOn().plusDays(1));
        assertThat(participants.get(alice.id()).language()).isEqualTo("ko");
        assertThat(participants.get(bob.id()).version()).as("Bob untouched").isEqualTo(bob.version());
    }

    @Test
    void invalidPreferencesAre400ListingEveryFieldInTheParticipantsLanguage() throws Exception {
        String body = """
                {"arrivesOn":"%s","departsOn":"%s","likedTasks":["No such task"],"intensityComfort":"LIGHT",
                 "buddies":["%s"],"avoids":["%s"],"language":"en"}"""
                .formatted(alice.arrivesOn(), alice.arrivesOn().minusDays(1), bob.nickname(), bob.nickname());
        var response = http.put("/api/me/preferences", aliceUser, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("departsOn", "likedTasks", "avoids");
        assertThat(errors.valueStream().map(e -> e.get("message").asString()))
                .allMatch(message -> !message.startsWith("!"));

        var missing = http.put("/api/me/preferences", aliceUser, "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("arrivesOn", "departsOn", "intensityComfort", "language");
        assertThat(http.put("/api/me/preferences", aliceUser, "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void afterPublicationAChangeBecomesARequestAndTheScheduleIsServed() throws Exception {
        long published = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(published);
        var carol = participants.listByCamp(published).get(2);
        String carolUser = account(carol.id());

        assertThat(json.readTree(http.get("/api/me/schedule", carolUser).body()).size()).isPositive();
        String body = """
                {"arrivesOn":"%s","departsOn":"%s","intensityComfort":"HEAVY","language":"ja"}"""
                .formatted(carol.arrivesOn(), carol.departsOn());
        var response = http.put("/api/me/preferences", carolUser, body);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("changeRequestId").asLong()).isPositive();
        assertThat(participants.get(carol.id()).version()).as("nothing applied yet").isEqualTo(carol.version());

        // The solved camp is shared with other tests, so its data stays as solved: decline.
        var request = preferences.requestsOf(carol.id()).getFirst();
        assertThat(request.wanted().intensityComfort().name()).isEqualTo("HEAVY");
        preferences.decline(request);
        assertThat(json.readTree(http.get("/api/me", carolUser).body()).get("preferences").get("intensityComfort")
                .asString()).isEqualTo(carol.intensityComfort().name());
    }

    @Test
    void repeatedChangesAfterPublicationKeepOnePendingRequest() throws Exception {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        String body = """
                {"arrivesOn":"%s","departsOn":"%s","intensityComfort":"HEAVY","language":"ja"}"""
                .formatted(alice.arrivesOn(), alice.departsOn());

        var ids = new java.util.HashSet<Long>();
        for (int i = 0; i < 4; i++) {
            var response = http.put("/api/me/preferences", aliceUser, body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            ids.add(json.readTree(response.body()).get("changeRequestId").asLong());
        }

        assertThat(ids).hasSize(1);
        assertThat(preferences.requestsOf(alice.id())).singleElement()
                .satisfies(r -> assertThat(r.status().name()).isEqualTo("PENDING"));
    }

    @Test
    void aBodyPastTheLimitIs413WithAJsonProblemAndChangesNothing() throws Exception {
        var days = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            days.append(i == 0 ? "" : ",").append('"').append(alice.arrivesOn()).append('"');
        }
        String body = """
                {"arrivesOn":"%s","departsOn":"%s","unavailableDays":[%s],"intensityComfort":"LIGHT","language":"en"}"""
                .formatted(alice.arrivesOn(), alice.departsOn(), days);
        assertThat(body.length()).isGreaterThan(2_500_000);
        var before = preferences.of(alice.id());

        var sized = http.put("/api/me/preferences", aliceUser, body);
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(sized.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(sized.body()).get("detail").asString()).contains("64 KB");

        // Sent in chunks, without a length: read up to the limit, then refused all the same.
        byte[] bytes = body.substring(0, 200_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var chunked = http.send(http.request("/api/me/preferences", aliceUser)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);

        assertThat(preferences.of(alice.id())).isEqualTo(before);
    }

    @Test
    void listsWithAChoiceTwiceAre400() throws Exception {
        String body = """
                {"arrivesOn":"%s","departsOn":"%s","likedTasks":["Jam making","Jam making"],
                 "intensityComfort":"LIGHT","language":"en"}"""
                .formatted(alice.arrivesOn(), alice.departsOn());
        var response = http.put("/api/me/preferences", aliceUser, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").valueStream()
                .map(e -> e.get("field").asString() + ": " + e.get("message").asString()))
                .containsExactly("likedTasks: " + Translations.text(Translations.language(alice.language()),
                        "me.error.listedTwice"));
    }

    @Test
    void organizersReachOnlyTheCampsTheyOrganize() throws Exception {
        String username = "o" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.ORGANIZER, null, null);
        String other = username + ":" + PASSWORD;
        long someoneElses = participants.get(bob.id()).campId() == campId ? firstCamp() : campId;

        assertThat(http.get("/api/camps/" + campId + "/participants", other).statusCode()).isEqualTo(403);
        assertThat(json.readTree(http.get("/api/camps", other).body()).size()).isZero();

        access.grant(campId, username);
        var mine = http.get("/api/camps/" + campId + "/participants", other);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(json.readTree(http.get("/api/camps", other).body()).valueStream().map(c -> c.get("id").asLong()))
                .containsExactly(campId);
        assertThat(http.get("/api/camps/" + someoneElses + "/roster", other).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/camps/" + someoneElses + "/export.zip", other).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/camps/not-a-number/roster", other).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/me", other).statusCode()).isEqualTo(403);
    }

    private long firstCamp() throws Exception {
        return json.readTree(http.get("/api/camps", "organizer").body()).valueStream()
                .mapToLong(c -> c.get("id").asLong()).filter(id -> id != campId).min().orElseThrow();
    }
}
