package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Today's board over HTTP with the app's real clock, on a shift running now. */
@CampfairIntegrationTest
class TodayApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void organizersReadTheWholeDayHostsTheirVillagesAndOthersNothing() throws Exception {
        var running = RunningShift.publish(importer, jdbc);
        long campId = running.campId();
        var http = new Http(port);
        String path = "/api/camps/" + campId + "/today";

        var board = http.get(path, "organizer");
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(board.body()).contains("\"task\":\"Jam making\"").contains("\"nickname\":\"Hana\"")
                .contains("\"village\":null").contains("\"houses\":[{\"house\":")
                .doesNotContain("花田").doesNotContain("@example.org");

        long village = jdbc.sql("select village_id from camp_host_village where camp_id = ?").param(campId)
                .query(Long.class).single();
        String host = account(Role.HOST, null, village);
        var hosts = http.get(path, host + ":a-long-password");
        assertThat(hosts.statusCode()).as(hosts.body()).isEqualTo(200);
        assertThat(hosts.body()).contains("\"nickname\":\"Hana\"").doesNotContain("\"village\":null");

        long otherVillage = jdbc.sql("insert into host_village (name) values (?) returning id")
                .param("Elsewhere " + UUID.randomUUID()).query(Long.class).single();
        String stranger = account(Role.HOST, null, otherVillage);
        assertThat(http.get(path, stranger + ":a-long-password").statusCode()).as("a host of another village")
                .isEqualTo(403);
        String participant = account(Role.PARTICIPANT, running.mikan(), null);
        assertThat(http.get(path, participant + ":a-long-password").statusCode()).isEqualTo(403);
        String otherOrganizer = account(Role.ORGANIZER, null, null);
        assertThat(http.get(path, otherOrganizer + ":a-long-password").statusCode()).as("an organizer of other camps")
                .isIn(403, 404);
        assertThat(http.get("/api/camps/" + (campId + 100_000) + "/today", "organizer").statusCode())
                .as("a camp that does not exist").isIn(403, 404);
        assertThat(http.get(path, null).statusCode()).isEqualTo(401);

        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.body()).contains("/api/camps/{campId}/today").contains("TodayBoard");
    }

    private String account(Role role, Long participantId, Long villageId) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 12);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", role, participantId, villageId));
        return username;
    }
}
