package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Personal API tokens over real HTTP: they act as their account, stop at revocation and expiry, stay hashed. */
@CampfairIntegrationTest
class ApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    CampAccess access;
    @Autowired
    CampService camps;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private Http http() {
        return new Http(port);
    }

    private HttpResponse<String> withToken(String method, String path, @Nullable String token) throws Exception {
        var request = http().request(path, null);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http().send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private String organizerOfTheSampleCamp() {
        String username = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "a-long-password", Role.ORGANIZER, null, null);
        access.grant(sampleCamp(), username);
        return username;
    }

    private long sampleCamp() {
        return camps.list().getFirst().id();
    }

    private String tokenOf(String username, Role role) {
        return SignedIn.as(username, role, () -> tokens.create("script", null)).secret();
    }

    @Test
    void anOrganizersTokenOpensTheOrganizerApiForItsCampsOnly() throws Exception {
        String organizer = organizerOfTheSampleCamp();
        String token = tokenOf(organizer, Role.ORGANIZER);
        assertThat(token).startsWith("cf_").hasSizeGreaterThanOrEqualTo(3 + 43);

        var roster = withToken("GET", "/api/camps/" + sampleCamp() + "/roster", token);
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(json.readTree(roster.body()).isObject()).isTrue();
        assertThat(withToken("GET", "/api/camps", token).statusCode()).isEqualTo(200);
        // CampAccess applies unchanged: no grant, no camp.
        String stranger = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, "a-long-password", Role.ORGANIZER, null, null);
        assertThat(withToken("GET", "/api/camps/" + sampleCamp() + "/roster", tokenOf(stranger, Role.ORGANIZER))
                .statusCode()).isEqualTo(403);
        assertThat(withToken("GET", "/api/me", token).statusCode()).as("organizers have no /api/me").isEqualTo(403);
        assertThat(withToken("GET", "/actuator/metrics", token).statusCode()).as("metrics for organizers").isEqualTo(200);
    }

    @Test
    void aParticipantsTokenReadsTheirOwnDataAndNothingOfTheOrganizers() throws Exception {
        var participant = participants.listByCamp(sampleCamp()).getLast();
        String username = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "a-long-password", Role.PARTICIPANT, participant.id(), null);
        String token = tokenOf(username, Role.PARTICIPANT);

        var me = withToken("GET", "/api/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("nickname").asString()).isEqualTo(participant.nickname());
        assertThat(withToken("GET", "/api/camps", token).statusCode()).isEqualTo(403);
    }

    @Test
    void revokedExpiredAndUnknownTokensGetTheSame401() throws Exception {
        String organizer = organizerOfTheSampleCamp();
        String revoked = tokenOf(organizer, Role.ORGANIZER);
        long revokedId = SignedIn.as(organizer, Role.ORGANIZER, () -> tokens.mine().getLast().id());
        assertThat(withToken("GET", "/api/camps", revoked).statusCode()).isEqualTo(200);
        SignedIn.as(organizer, Role.ORGANIZER, () -> {
            tokens.revoke(revokedId);
            return null;
        });
        String expired = SignedIn.as(organizer, Role.ORGANIZER, () -> tokens.create("short", Duration.ofDays(1)).secret());
        jdbc.sql("update api_token set expires_at = ? where token_hash = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), ApiTokenService.hash(expired)).update();

        var answers = new java.util.ArrayList<HttpResponse<String>>();
        for (String token : new String[] {revoked, expired, "cf_" + "A".repeat(43), "not-even-a-token"}) {
            var answer = withToken("GET", "/api/camps", token);
            assertThat(answer.statusCode()).as(token).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            answers.add(answer);
        }
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.getFirst().body());
        assertThat(json.readTree(answers.getFirst().body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void nobodyRevokesAnotherAccountsToken() throws Exception {
        String owner = organizerOfTheSampleCamp();
        String other = organizerOfTheSampleCamp();
        String token = tokenOf(owner, Role.ORGANIZER);
        long id = SignedIn.as(owner, Role.ORGANIZER, () -> tokens.mine().getFirst().id());

        assertThatThrownBy(() -> SignedIn.as(other, Role.ORGANIZER, () -> {
            tokens.revoke(id);
            return null;
        })).isInstanceOf(NotFoundException.class);
        var overHttp = withToken("DELETE", "/api/me/api-tokens/" + id, tokenOf(other, Role.ORGANIZER));
        assertThat(overHttp.statusCode()).isEqualTo(404);
        assertThat(SignedIn.as(other, Role.ORGANIZER, tokens::mine)).extracting(ApiToken::id).doesNotContain(id);
        assertThat(withToken("GET", "/api/camps", token).statusCode()).as("still works").isEqualTo(200);

        assertThat(withToken("DELETE", "/api/me/api-tokens/" + id, token).statusCode()).isEqualTo(204);
        assertThat(withToken("GET", "/api/camps", token).statusCode()).isEqualTo(401);
    }

    @Test
    void theSecretIsNeverStoredOnlyItsSha256() throws Exception {
        String organizer = organizerOfTheSampleCamp();
        String token = tokenOf(organizer, Role.ORGANIZER);
        withToken("GET", "/api/camps", token);

        String body = token.substring(3);
        var rows = jdbc.sql("select t.*, encode(t.token_hash, 'hex') as hex, encode(t.token_hash, 'base64') as b64"
                + " from api_token t join app_user u on u.id = t.user_id where u.username = ?")
                .param(organizer).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(token).doesNotContain(body));
        assertThat(rows.getFirst().get("hex")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(rows.getFirst().get("last_used_at")).as("use noted").isNotNull();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() throws Exception {
        String organizer = organizerOfTheSampleCamp();
        String token = tokenOf(organizer, Role.ORGANIZER);
        withToken("GET", "/api/camps", token);
        var marker = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ?").params(marker, ApiTokenService.hash(token))
                .update();
        withToken("GET", "/api/camps", token);
        assertThat(jdbc.sql("select last_used_at from api_token where token_hash = ?").param(ApiTokenService.hash(token))
                .query(Timestamp.class).single()).isEqualTo(marker);
    }

    @Test
    void anAccountHoldsAtMostTheCapOfTokens() throws Exception {
        String organizer = organizerOfTheSampleCamp();
        for (int i = 0; i < 10; i++) {
            tokenOf(organizer, Role.ORGANIZER);
        }
        assertThatThrownBy(() -> tokenOf(organizer, Role.ORGANIZER)).isInstanceOfSatisfying(
                RefusedChangeException.class, e -> assertThat(e.messageKey()).isEqualTo("token.error.tooMany"));
        String token = SignedIn.as(organizer, Role.ORGANIZER, () -> {
            tokens.revoke(tokens.mine().getFirst().id());
            return tokens.create("replacement", null).secret();
        });
        var refused = http().send(http().request("/api/me/api-tokens", null).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"one too many\"}")).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("10 tokens");
        assertThat(jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ?")
                .param(organizer).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void anyAccountManagesItsTokensOverTheApiWithBasicToo() throws Exception {
        var created = http().send(http().request("/api/me/api-tokens", "host").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"village sync\",\"validForDays\":30}")).build());
        assertThat(created.statusCode()).isEqualTo(201);
        var body = json.readTree(created.body());
        String token = body.get("token").asString();
        assertThat(body.get("expiresAt").isNull()).isFalse();
        var listed = withToken("GET", "/api/me/api-tokens", token);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("village sync").doesNotContain(token);
        assertThat(withToken("DELETE", "/api/me/api-tokens/" + body.get("id").asLong(), token).statusCode())
                .isEqualTo(204);

        var tooLong = http().send(http().request("/api/me/api-tokens", "host").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"validForDays\":5000}")).build());
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }
}
