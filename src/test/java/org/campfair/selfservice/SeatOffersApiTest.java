package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService;
import org.campfair.shared.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Give-aways over HTTP: offer, list by nickname, accept once, and nothing for another camp's participant. */
@CampfairIntegrationTest
class SeatOffersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParticipantOffersASeatAnotherAcceptsItAndStrangersReachNothing() throws Exception {
        var camp = openSeatCamps.publish();
        var http = new Http(port);
        String mikan = camp.mikanLogin();
        String hana = camp.hanaLogin();

        assertThat(send(http, "POST", "/api/me/offers", mikan, "{}").statusCode()).isEqualTo(400);
        assertThat(send(http, "POST", "/api/me/offers", mikan, "{\"shiftId\":\"x\"}").statusCode()).isEqualTo(400);
        var offered = send(http, "POST", "/api/me/offers", mikan, "{\"shiftId\":" + camp.firstJam() + "}");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        assertThat(offered.body()).contains("\"offeredBy\":\"Mikan\"").doesNotContain("三上").doesNotContain("@example");
        long offerId = Long.parseLong(offered.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

        var listed = http.get("/api/me/offers", hana);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + offerId).contains("\"task\":\"Jam making\"");
        assertThat(http.get("/api/me/offers/" + offerId + "/preview", hana).statusCode()).isEqualTo(200);

        var other = openSeatCamps.publish();
        String stranger = other.hanaLogin();
        assertThat(http.get("/api/me/offers", stranger).body()).doesNotContain("\"id\":" + offerId + ",");
        assertThat(send(http, "POST", "/api/me/offers/" + offerId + "/accept", stranger, "").statusCode())
                .as("another camp's offer").isEqualTo(404);
        assertThat(send(http, "DELETE", "/api/me/offers/" + offerId, hana, "").statusCode())
                .as("not Hana's to withdraw").isEqualTo(404);
        assertThat(http.get("/api/me/offers", "organizer").statusCode()).isEqualTo(403);

        var accepted = send(http, "POST", "/api/me/offers/" + offerId + "/accept", hana, "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(send(http, "POST", "/api/me/offers/" + offerId + "/accept", hana, "").statusCode())
                .as("taken already").isEqualTo(409);

        var docs = http.get("/v3/api-docs", null).body();
        assertThat(docs).contains("\"/api/me/offers\"").contains("\"/api/me/offers/{offerId}/accept\"");
    }

    @Test
    void aSwapIsOfferedAndAcceptedWithTheSeatGivenInReturn() throws Exception {
        var camp = openSeatCamps.publish();
        long hanasJam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 2);
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(hanasJam, camp.hana()).update();
        org.campfair.shared.security.SignIn.as("organizer", org.campfair.shared.security.Role.ORGANIZER,
                () -> rosters.publish(camp.campId()));
        var http = new Http(port);
        String mikan = camp.mikanLogin();
        String hana = camp.hanaLogin();

        assertThat(send(http, "POST", "/api/me/offers", mikan, "{\"shiftId\":" + camp.firstJam() + ",\"kind\":\"trade\"}")
                .statusCode()).isEqualTo(400);
        var offered = send(http, "POST", "/api/me/offers", mikan,
                "{\"shiftId\":" + camp.firstJam() + ",\"kind\":\"swap\"}");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        assertThat(offered.body()).contains("\"kind\":\"SWAP\"");
        long offerId = Long.parseLong(offered.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

        assertThat(http.get("/api/me/offers", hana).body()).contains("\"inReturn\":[{\"shiftId\":" + hanasJam);
        assertThat(http.get("/api/me/offers/" + offerId + "/preview?returnShiftId=" + hanasJam, hana).statusCode())
                .isEqualTo(200);
        var noChoice = send(http, "POST", "/api/me/offers/" + offerId + "/accept", hana, "");
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(noChoice.body()).contains("offers.refused.swap.chooseSeat");
        var accepted = send(http, "POST", "/api/me/offers/" + offerId + "/accept", hana,
                "{\"returnShiftId\":" + hanasJam + "}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(hanasJam).query(Long.class).single()).isEqualTo(camp.mikan());
    }

    private static HttpResponse<String> send(Http http, String method, String path, String user, String json)
            throws Exception {
        return http.send(http.request(path, user).header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
