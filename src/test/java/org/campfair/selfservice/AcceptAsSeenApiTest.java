package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepting a give-away or a held seat over real HTTP with the shift's day, start and end as the
 * client showed them: the same times are accepted; times the organizers changed since are a 409
 * naming the shift's new times, and the client shows the new times and is accepted with them;
 * malformed times, an end not after the start, or only some of the three are a 400 naming the
 * field (never repeating the value sent). A refused accept writes nothing: the seat, the offer
 * or hold, and the publications stay as they were.
 */
@CampfairIntegrationTest
class AcceptAsSeenApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    WaitingListService waitingLists;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private OpenSeatCamp camp;

    @BeforeEach
    void publishedCamp() {
        http = new Http(port);
        camp = openSeatCamps.publish();
    }

    @Test
    void aGiveAwayIsAcceptedAtTheTimesShownAndRefusedWithTheNewTimesOnceTheShiftMoved() throws Exception {
        long offerId = offer(camp.mikanLogin());
        JsonNode shown = offerAsListed(camp.hanaLogin(), offerId);
        assertThat(times(shown)).isEqualTo(shiftTimes(camp.firstJam()));
        String accept = "/api/me/offers/" + offerId + "/accept";

        assertBadTimesRefused(accept, camp.hanaLogin(), shown, () -> offerAsListed(camp.hanaLogin(), offerId));

        var accepted = post(accept, camp.hanaLogin(), body(shown));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(holders(camp.firstJam())).containsExactlyEntriesOf(Map.of(0, camp.hana()));

        // Hana gives it back; the organizers move the shift an hour later before Mikan accepts it.
        long back = offer(camp.hanaLogin());
        JsonNode seen = offerAsListed(camp.mikanLogin(), back);
        moveAnHourLater(camp.firstJam());
        String acceptBack = "/api/me/offers/" + back + "/accept";

        assertRefusedAsMoved(acceptBack, camp.mikanLogin(), seen, Map.of(0, camp.hana()));

        JsonNode shownAgain = offerAsListed(camp.mikanLogin(), back);
        assertThat(shownAgain).as("still open to Mikan").isNotNull();
        assertThat(times(shownAgain)).isEqualTo(shiftTimes(camp.firstJam())).isNotEqualTo(times(seen));
        var takenBack = post(acceptBack, camp.mikanLogin(), body(shownAgain));
        assertThat(takenBack.statusCode()).as(takenBack.body()).isEqualTo(200);
        assertThat(holders(camp.firstJam())).containsExactlyEntriesOf(Map.of(0, camp.mikan()));
    }

    @Test
    void aHeldSeatIsRefusedWithTheNewTimesOnceTheShiftMovedAndTakenAtTheTimesShownAgain() throws Exception {
        long kuma = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        long jamTask = camp.fillEveryJamSeat(jdbc, kuma);
        organizer(() -> rosters.publish(camp.campId()));
        SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> waitingLists.join(camp.hana(), jamTask));
        long freed = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        jdbc.sql("update seat_assignment set participant_id = null where shift_id = ? and seat = 1").param(freed)
                .update();
        organizer(() -> rosters.publish(camp.campId()));
        JsonNode held = awaitHold(camp.hanaLogin());
        long holdId = held.get("id").asLong();
        assertThat(held.get("shiftId").asLong()).isEqualTo(freed);
        assertThat(times(held)).isEqualTo(shiftTimes(freed));
        String accept = "/api/me/waiting-lists/held/" + holdId + "/accept";
        var seated = holders(freed);
        assertThat(seated).doesNotContainKey(1);

        assertBadTimesRefused(accept, camp.hanaLogin(), held, () -> heldAsListed(camp.hanaLogin(), holdId));

        moveAnHourLater(freed);
        assertRefusedAsMoved(accept, camp.hanaLogin(), held, seated);
        JsonNode shownAgain = heldAsListed(camp.hanaLogin(), holdId);
        assertThat(shownAgain).as("still held for Hana").isNotNull();
        assertThat(times(shownAgain)).isEqualTo(shiftTimes(freed)).isNotEqualTo(times(held));

        var taken = post(accept, camp.hanaLogin(), body(shownAgain));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(json.readTree(taken.body()).get("shiftId").asLong()).isEqualTo(freed);
        assertThat(holders(freed)).containsEntry(1, camp.hana()).containsAllEntriesOf(seated);
    }

    /**
     * Every malformed or incomplete set of times is a 400 naming the field and what it takes, and
     * leaves the shift's seats, the offer or hold ({@code stillThere}) and the publications alone.
     */
    private void assertBadTimesRefused(String path, String login, JsonNode shown, ListedAgain stillThere)
            throws Exception {
        String day = shown.get("day").asString();
        String start = shown.get("start").asString();
        String end = shown.get("end").asString();
        String date = english("app.error.date");
        String time = english("app.error.time");
        String together = english("selfService.seen.together");
        String endAfterStart = english("selfService.seen.endAfterStart");
        record Bad(String body, List<String> errors) {
        }
        var bad = List.of(
                new Bad(times("2027-11-31", start, end), List.of("day: " + date)),
                new Bad(times("01/11/2027", start, end), List.of("day: " + date)),
                new Bad(times(day, "25:00", end), List.of("start: " + time)),
                new Bad(times(day, start, "noon"), List.of("end: " + time)),
                new Bad(times(day, end, start), List.of("end: " + endAfterStart)),
                new Bad(times(day, start, start), List.of("end: " + endAfterStart)),
                new Bad("{\"day\":\"" + day + "\"}", List.of("start: " + together, "end: " + together)),
                new Bad("{\"day\":\"" + day + "\",\"start\":\"" + start + "\"}", List.of("end: " + together)),
                new Bad("{\"day\":null,\"start\":\"" + start + "\",\"end\":\"" + end + "\"}",
                        List.of("day: " + together)));
        long shiftId = shown.get("shiftId").asLong();
        var seats = holders(shiftId);
        int publications = camp.publications(jdbc);
        for (var request : bad) {
            var response = post(path, login, request.body());
            assertThat(response.statusCode()).as(request.body() + " -> " + response.body()).isEqualTo(400);
            assertThat(fieldErrors(response)).as(request.body()).containsExactlyElementsOf(request.errors());
            assertThat(response.body()).as("the value sent is not repeated").doesNotContain("25:00", "noon",
                    "01/11/2027", "2027-11-31");
        }
        assertThat(holders(shiftId)).as("nothing written").isEqualTo(seats);
        assertThat(camp.publications(jdbc)).isEqualTo(publications);
        assertThat(stillThere.get()).as("the offer or hold is still open").isNotNull();
    }

    /** A 409 with the reason and the shift's new day and times; the seats and publications unchanged. */
    private void assertRefusedAsMoved(String path, String login, JsonNode seen, Map<Integer, Long> seats)
            throws Exception {
        long shiftId = seen.get("shiftId").asLong();
        int publications = camp.publications(jdbc);
        var now = shiftTimes(shiftId);

        var refused = post(path, login, body(seen));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("reason").asString()).isEqualTo("selfService.refused.moved");
        assertThat(problem.get("detail").asString()).isEqualTo(Translations.text(Translations.ENGLISH,
                "selfService.refused.moved", "Jam making", now.day(), now.start(), now.end()));
        assertThat(holders(shiftId)).as("nothing written").isEqualTo(seats);
        assertThat(camp.publications(jdbc)).isEqualTo(publications);
    }

    private long offer(String login) throws Exception {
        var offered = post("/api/me/offers", login, "{\"shiftId\":" + camp.firstJam() + "}");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        return json.readTree(offered.body()).get("id").asLong();
    }

    /** The offer as the participant's client lists it, or null when it is not listed. */
    private JsonNode offerAsListed(String login, long offerId) throws Exception {
        return withId(http.get("/api/me/offers", login), null, offerId);
    }

    private JsonNode heldAsListed(String login, long holdId) throws Exception {
        return withId(http.get("/api/me/waiting-lists", login), "held", holdId);
    }

    private JsonNode withId(HttpResponse<String> listing, @Nullable String field, long id) {
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        JsonNode items = json.readTree(listing.body());
        if (field != null) {
            items = items.get(field);
        }
        return items.valueStream().filter(item -> item.get("id").asLong() == id).findFirst().orElse(null);
    }

    /** The hold made for the participant after the publication (offered in the background once it committed). */
    private JsonNode awaitHold(String login) throws Exception {
        for (int tries = 0; tries < 300; tries++) {
            JsonNode held = json.readTree(http.get("/api/me/waiting-lists", login).body()).get("held");
            if (!held.isEmpty()) {
                return held.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no seat was held");
    }

    /** As the organizers' edit of a shift's times does: the same seats, an hour later. */
    private void moveAnHourLater(long shiftId) {
        jdbc.sql("update shift set start_time = start_time + interval '1 hour', end_time = end_time + interval '1 hour'"
                + " where id = ?").param(shiftId).update();
    }

    private ShiftTime shiftTimes(long shiftId) {
        return jdbc.sql("select day, start_time, end_time from shift where id = ?").param(shiftId)
                .query((rs, row) -> new ShiftTime(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class)))
                .single();
    }

    private static ShiftTime times(JsonNode shown) {
        return new ShiftTime(LocalDate.parse(shown.get("day").asString()), LocalTime.parse(shown.get("start").asString()),
                LocalTime.parse(shown.get("end").asString()));
    }

    /** The seat numbers of the shift in the working roster with who holds them. */
    private Map<Integer, Long> holders(long shiftId) {
        var holders = new java.util.TreeMap<Integer, Long>();
        jdbc.sql("select seat, participant_id from seat_assignment where shift_id = ? and participant_id is not null")
                .param(shiftId).query((java.sql.ResultSet rs) -> {
                    holders.put(rs.getInt(1), rs.getLong(2));
                });
        return holders;
    }

    private List<String> fieldErrors(HttpResponse<String> response) {
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        return errors.valueStream().map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }

    /** The times exactly as the client got them in the listing. */
    private static String body(JsonNode shown) {
        return times(shown.get("day").asString(), shown.get("start").asString(), shown.get("end").asString());
    }

    private static String times(String day, String start, String end) {
        return "{\"day\":\"" + day + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    private static String english(String key) {
        return Translations.text(Translations.ENGLISH, key);
    }

    private HttpResponse<String> post(String path, String login, String body) throws Exception {
        return http.send(http.request(path, login).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static <T> T organizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }

    /** Reads the offer or hold again as listed; null when it is gone. */
    @FunctionalInterface
    private interface ListedAgain {
        JsonNode get() throws Exception;
    }
}
