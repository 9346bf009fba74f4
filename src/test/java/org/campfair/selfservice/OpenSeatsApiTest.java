package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open seats over HTTP: listing, a preview, a crafted request for a seat a rule refuses, a
 * shift of another camp, and two participants posting for the last seat at the same moment.
 */
@CampfairIntegrationTest
class OpenSeatsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParticipantListsPreviewsAndTakesSeatsOfTheirOwnCampOnly() throws Exception {
        var camp = openSeatCamps.publish();
        var http = new Http(port);
        String mikan = camp.mikanLogin();

        var list = http.get("/api/me/open-seats", mikan);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"task\":\"Jam making\"").contains("\"required\":true")
                .contains("\"closed\":null").doesNotContain("Clearing the abandoned grove")
                .doesNotContain("三上").doesNotContain("@example.org");
        assertThat(http.get("/api/me/open-seats", "organizer").statusCode()).as("organizers use hand edits")
                .isEqualTo(403);
        assertThat(http.get("/api/me/open-seats", null).statusCode()).isEqualTo(401);

        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        var preview = http.get("/api/me/open-seats/" + jam + "/preview", mikan);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"hoursPerDayBefore\":0.2").contains("\"shiftId\":" + jam);

        int publications = camp.publications(jdbc);
        long clearing = OpenSeatCamp.shift(jdbc, camp.campId(), "Clearing the abandoned grove", 0);
        var refused = post(http, clearing, mikan);
        assertThat(refused.statusCode()).as("a crafted request for a seat a rule refuses").isEqualTo(400);
        assertThat(refused.body()).contains("You lack a skill this task needs")
                .contains("\"reason\":\"openSeats.refused.MISSING_SKILL\"");
        assertThat(post(http, 99_999_999, mikan).statusCode()).isEqualTo(404);
        assertThat(http.send(http.request("/api/me/open-seats/abc", mikan)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(400);

        // A participant of another camp reaches nothing of this one.
        var other = openSeatCamps.publish();
        var stranger = post(http, jam, other.hanaLogin());
        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(404);
        assertThat(http.get("/api/me/open-seats/" + jam + "/preview", other.hanaLogin())
                .statusCode()).isEqualTo(404);
        assertThat(camp.publications(jdbc)).as("nothing written").isEqualTo(publications);

        var taken = post(http, jam, mikan);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(taken.body()).contains("\"task\":\"Jam making\"").contains("\"hoursPerDayAfter\"");
        assertThat(post(http, jam, mikan).statusCode()).as("a second tap").isEqualTo(400);

        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/me/open-seats\"").contains("\"/api/me/open-seats/{shiftId}\"")
                .contains("\"/api/me/open-seats/{shiftId}/preview\"");
    }

    @Test
    void ofTwoParallelRequestsForTheLastSeatOneGetsItAndTheOtherA409() throws Exception {
        var camp = openSeatCamps.publish();
        long shift = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 6);
        int max = jdbc.sql("select max_headcount from shift where id = ?").param(shift).query(Integer.class).single();
        List<Long> others = jdbc.sql("""
                select id from participant where camp_id = ? and nickname not in ('Mikan', 'Hana') order by id limit 10""")
                .param(camp.campId()).query(Long.class).list();
        for (int seat = 0; seat < max - 1; seat++) {
            jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)")
                    .params(shift, seat, others.get(seat)).update();
        }
        var http = new Http(port);
        var start = new CountDownLatch(1);
        var mikan = CompletableFuture.supplyAsync(() -> race(start, http, shift, camp.mikanAccount()));
        var hana = CompletableFuture.supplyAsync(() -> race(start, http, shift, camp.hanaAccount()));
        start.countDown();
        var statuses = List.of(mikan.get(), hana.get()).stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        var loser = mikan.get().statusCode() == 409 ? mikan.get() : hana.get();
        assertThat(loser.body()).contains("Someone else has just taken the last free seat of this shift");
    }

    private static HttpResponse<String> race(CountDownLatch start, Http http, long shift, String account) {
        try {
            start.await();
            return post(http, shift, account + ":" + OpenSeatCamp.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(Http http, long shiftId, String user) throws Exception {
        return http.send(http.request("/api/me/open-seats/" + shiftId, user)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
