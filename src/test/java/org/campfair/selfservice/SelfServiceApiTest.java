package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Approval and waiting lists over HTTP: a give-away accepted in a camp with approval waits
 * (nicknames only), only the camp's organizers list and approve it, and a participant's waiting
 * lists refuse a task with free seats with the reason; both are in the OpenAPI document.
 */
@CampfairIntegrationTest
class SelfServiceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OpenSeatCamps camps;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWaitingChangeIsApprovedByTheCampsOrganizerOnly() throws Exception {
        var camp = camps.publish();
        var settings = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.settings(camp.campId()));
        SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(settings.withApproval(true)));
        var http = new Http(port);
        String mikan = camp.mikanAccount() + ":" + OpenSeatCamp.PASSWORD;
        String hana = camp.hanaAccount() + ":" + OpenSeatCamp.PASSWORD;
        var offered = send(http, "POST", "/api/me/offers", mikan, "{\"shiftId\":" + camp.firstJam() + "}");
        long offerId = Long.parseLong(offered.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

        var accepted = send(http, "POST", "/api/me/offers/" + offerId + "/accept", hana, "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"waitingForApproval\":true");
        assertThat(http.get("/api/me/offers/waiting-for-approval", hana).body()).contains("\"id\":" + offerId);
        String base = "/api/camps/" + camp.campId() + "/self-service";
        var pending = http.get(base + "/pending", "organizer");
        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(200);
        assertThat(pending.body()).contains("\"acceptedBy\":\"Hana\"").contains("\"offeredBy\":\"Mikan\"")
                .doesNotContain("花田").doesNotContain("@example.org");
        assertThat(http.get(base + "/pending", hana).statusCode()).isEqualTo(403);
        assertThat(send(http, "POST", base + "/pending/" + offerId + "/approve", hana, "").statusCode())
                .isEqualTo(403);

        var approved = send(http, "POST", base + "/pending/" + offerId + "/approve", "organizer", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(camp.firstJam()).query(Long.class).single()).isEqualTo(camp.hana());
        assertThat(send(http, "POST", base + "/pending/" + offerId + "/decline", "organizer", "").statusCode())
                .as("decided already").isEqualTo(404);

        long peel = jdbc.sql("select id from task where camp_id = ? and name = 'Peel drying'").param(camp.campId())
                .query(Long.class).single();
        var refused = send(http, "POST", "/api/me/waiting-lists/" + peel, hana, "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("waitingList.refused.seatsFree");
        assertThat(http.get("/api/me/waiting-lists", hana).statusCode()).isEqualTo(200);

        var docs = http.get("/v3/api-docs", null).body();
        assertThat(docs).contains("\"/api/camps/{campId}/self-service/pending/{offerId}/approve\"")
                .contains("\"/api/me/waiting-lists/{taskId}\"");
    }

    private static HttpResponse<String> send(Http http, String method, String path, String user, String json)
            throws Exception {
        return http.send(http.request(path, user).header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
