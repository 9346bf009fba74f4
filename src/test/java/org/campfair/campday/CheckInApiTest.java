package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Check-in over HTTP with the app's real clock, on a shift running now. */
@CampfairIntegrationTest
class CheckInApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    CheckInService checkIns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganizerMarksOverTheApiAndAParticipantChecksInWithTheCode() throws Exception {
        var running = RunningShift.publish(importer, jdbc);
        long campId = running.campId();
        long shiftId = running.shiftId();
        long participantId = running.mikan();
        String username = "mikan" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "a-long-password", Role.PARTICIPANT, participantId, null);
        var http = new Http(port);
        String base = "/api/camps/" + campId + "/shifts/" + shiftId + "/check-ins";

        var read = http.get(base, "organizer");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("\"nickname\":\"Hana\"").contains("\"nickname\":\"Mikan\"")
                .doesNotContain("花田").doesNotContain("@example.org");

        var marked = http.put(base + "/0", "organizer", "{\"state\":\"CAME\",\"version\":0}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(marked.body()).contains("\"version\":1").contains("\"confirmedMinutes\":125");
        var stale = http.put(base + "/0", "organizer", "{\"state\":\"DID_NOT_COME\",\"version\":0}");
        assertThat(stale.statusCode()).as("a mark that did not see the last one").isEqualTo(409);
        assertThat(http.put(base + "/0", "organizer", "{\"state\":\"CAME\",\"confirmedMinutes\":5000,\"version\":1}")
                .statusCode()).isEqualTo(400);
        assertThat(http.put(base + "/0", "organizer", "{}").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/camps/" + (campId + 100_000) + "/shifts/" + shiftId + "/check-ins", "organizer")
                .statusCode()).as("another camp's path").isIn(403, 404);
        assertThat(http.get(base, username + ":a-long-password").statusCode()).as("participants do not mark")
                .isEqualTo(403);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "organizer", null, AuthorityUtils.createAuthorityList("ROLE_ORGANIZER")));
        String code;
        try {
            code = checkIns.code(shiftId);
        } finally {
            SecurityContextHolder.clearContext();
        }
        var wrong = http.send(post(http, shiftId, username, "{\"code\":\"" + "B".repeat(43) + "\"}"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("does not belong to this shift");
        var scanned = http.send(post(http, shiftId, username, "{\"code\":\"" + code + "\"}"));
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        assertThat(scanned.body()).contains("\"state\":\"CAME\"").contains("\"participantId\":" + participantId);
        assertThat(http.send(post(http, shiftId, username, "{\"code\":\"" + code + "\"}")).body())
                .as("a second scan is harmless").isEqualTo(scanned.body());
    }

    private static HttpRequest post(Http http, long shiftId, String username, String json) {
        return http.request("/api/me/check-ins/" + shiftId, username + ":a-long-password")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
