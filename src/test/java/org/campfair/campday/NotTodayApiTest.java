package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * "Not today" over HTTP with the app's real clock, on a sample camp whose third day is today
 * in Tokyo and which is not published yet (so it is a day away, and nothing is solved).
 */
@CampfairIntegrationTest
class NotTodayApiTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParticipantForThemselvesAndAnOrganizerForAnyoneOthersRefused() throws Exception {
        var camp = CampOnDay.imported(importer, jdbc, LocalDate.now(TOKYO), TOKYO);
        long mikan = camp.participant(jdbc, "Mikan");
        long kuma = camp.participant(jdbc, "Kuma");
        String mikansAccount = account(mikan);
        var http = new Http(port);
        String today = camp.day().toString();

        var said = post(http, "/api/me/not-today", mikansAccount, "{\"day\":\"" + today + "\",\"note\":\"Fever\"}");
        assertThat(said.statusCode()).as(said.body()).isEqualTo(200);
        assertThat(said.body()).contains("\"outcome\":\"DAY_AWAY\"").contains("\"participantId\":" + mikan);
        assertThat(post(http, "/api/me/not-today", mikansAccount, "{\"day\":\"" + today + "\"}").body())
                .as("a second time is harmless").contains("\"outcome\":\"ALREADY_SAID\"");

        var tooLong = post(http, "/api/me/not-today", mikansAccount,
                "{\"day\":\"" + camp.day().plusDays(1) + "\",\"note\":\"" + "x".repeat(501) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 500 characters");
        var outside = post(http, "/api/me/not-today", mikansAccount, "{\"day\":\"2030-01-01\"}");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("outside the camp");
        assertThat(post(http, "/api/me/not-today", mikansAccount, "{\"day\":\"tomorrow\"}").statusCode())
                .isEqualTo(400);

        String forKuma = "/api/camps/" + camp.campId() + "/participants/" + kuma + "/not-today";
        assertThat(post(http, forKuma, mikansAccount, "{\"day\":\"" + today + "\"}").statusCode())
                .as("a participant for someone else").isEqualTo(403);
        var byOrganizer = post(http, forKuma, "organizer", "{\"day\":\"" + today + "\",\"note\":\"Phoned in\"}");
        assertThat(byOrganizer.statusCode()).as(byOrganizer.body()).isEqualTo(200);
        assertThat(jdbc.sql("select said_by_organizer from not_today where participant_id = ?").param(kuma)
                .query(Boolean.class).single()).isTrue();

        long otherCamp = CampOnDay.imported(importer, jdbc, LocalDate.now(TOKYO), TOKYO).campId();
        var wrongCamp = post(http, "/api/camps/" + otherCamp + "/participants/" + kuma + "/not-today", "organizer",
                "{\"day\":\"" + today + "\"}");
        assertThat(wrongCamp.statusCode()).as("someone of another camp").isEqualTo(404);

        var board = http.get("/api/camps/" + camp.campId() + "/today", "organizer");
        assertThat(board.body()).contains("\"nickname\":\"Mikan\"").contains("\"note\":\"Fever\"")
                .contains("\"note\":\"Phoned in\"");

        var back = delete(http, "/api/me/not-today?day=" + today, mikansAccount);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"outcome\":\"TAKEN_BACK\"");
        assertThat(delete(http, forKuma + "?day=" + today, "organizer").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from not_today where participant_id in (?, ?)").params(mikan, kuma)
                .query(Long.class).single()).isZero();
    }

    private String account(long participantId) {
        String username = "p" + UUID.randomUUID().toString().substring(0, 12);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", Role.PARTICIPANT, participantId, null));
        return username + ":a-long-password";
    }

    private static HttpResponse<String> post(Http http, String path, String user, String json) throws Exception {
        return http.send(http.request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> delete(Http http, String path, String user) throws Exception {
        return http.send(http.request(path, user).DELETE().build());
    }
}
