package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feeds over real HTTP: the headers calendar clients poll with, and the 304s that save them. */
@CampfairIntegrationTest
class FeedControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    CalendarUpdates updates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedTokenService tokens;
    @Autowired
    ReminderSettings reminders;

    // RFC 9110's IMF-fixdate; RFC_1123_DATE_TIME would write single-digit days without the zero.
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final HttpClient http = HttpClient.newHttpClient();
    private HandMadeRoster roster;
    private long participant;
    private String url;

    @BeforeEach
    void publishAHandMadeRoster() {
        roster = HandMadeRoster.create(importer, rosters, jdbc, updates);
        roster.publish();
        participant = roster.participants.getFirst();
        url = "http://localhost:" + port + "/feeds/" + tokens.tokenFor(participant) + ".ics";
    }

    @Test
    void aFeedIsTextCalendarWithAStrongEtagAndTheLatestPublicationAsLastModified() throws Exception {
        var published = roster.publish();

        var response = get(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("ETag")).get().asString().matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(response.headers().firstValue("Last-Modified"))
                .hasValue(httpDate(published.publishedAt()));
        assertThat(response.headers().firstValue("Cache-Control")).get().asString()
                .contains("no-cache").contains("private");
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT");
    }

    @Test
    void headAnswersWithTheSameValidatorsAndNoBody() throws Exception {
        var full = get(url);

        var head = http.send(HttpRequest.newBuilder(URI.create(url)).HEAD().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(full.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Last-Modified")).isEqualTo(full.headers().firstValue("Last-Modified"));
    }

    @Test
    void theSameFeedTwiceHasTheSameEtag() throws Exception {
        assertThat(etag(get(url))).isEqualTo(etag(get(url)));
    }

    @Test
    void aMatchingIfNoneMatchAnswers304WithoutABody() throws Exception {
        String etag = etag(get(url));

        var response = get(url, "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void anIfModifiedSinceNotBeforeTheLatestPublicationAnswers304() throws Exception {
        String lastModified = get(url).headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(url, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(url, "If-Modified-Since", httpDate(Instant.now().minus(1, ChronoUnit.DAYS))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aStaleEtagWinsOverAFreshIfModifiedSince() throws Exception {
        var first = get(url);
        roster.removeFromShift(participant, roster.shiftsOf(participant).getFirst());
        var republished = roster.publish();

        var response = get(url, "If-None-Match", etag(first), "If-Modified-Since", httpDate(republished.publishedAt()));

        assertThat(response.statusCode()).as("RFC 9110: If-None-Match is evaluated, If-Modified-Since ignored")
                .isEqualTo(200);
        assertThat(etag(response)).isNotEqualTo(etag(first));
        assertThat(response.body()).contains("STATUS:CANCELLED");
    }

    @Test
    void aRepublicationWithoutChangesKeepsTheEtag() throws Exception {
        String etag = etag(get(url));
        roster.publish();

        assertThat(get(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void unknownAndRevokedTokensAreTheSameBare404() throws Exception {
        var unknown = get("http://localhost:" + port + "/feeds/" + "A".repeat(43) + ".ics");
        tokens.revoke(participant);
        var revoked = get(url);

        assertThat(revoked.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(revoked.body()).isEmpty();
        assertThat(unknown.body()).isEmpty();
        assertThat(revoked.headers().map().keySet()).isEqualTo(unknown.headers().map().keySet());
    }

    @Test
    void aTokenRevokedHereIsRefusedOnTheVeryNextRequestThoughItsFeedWasJustServedFromMemory() throws Exception {
        assertThat(get(url).statusCode()).isEqualTo(200);
        assertThat(get(url).statusCode()).isEqualTo(200);

        tokens.revoke(participant);

        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void aTokenRevokedThroughAnotherInstanceIsRefusedOnceThisInstanceChecksTheGeneration() throws Exception {
        assertThat(get(url).statusCode()).isEqualTo(200);

        // What FeedTokenService does on another instance: revoke and count the camp's generation up.
        jdbc.sql("update feed_token set revoked_at = now() where participant_id = ? and revoked_at is null")
                .param(participant).update();
        jdbc.sql("""
                insert into calendar_generation (camp_id, generation) values (?, 1)
                on conflict (camp_id) do update set generation = calendar_generation.generation + 1""")
                .param(roster.campId).update();

        // The check runs at most once a second; the deadline stays below the 30 s max-age, so only
        // the generation check can make this pass.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = get(url).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(404);
    }

    @Test
    void chosenRemindersShowInTheNextResponse() throws Exception {
        assertThat(get(url).body()).contains("BEGIN:VALARM");

        reminders.choose(participant, new Reminders(false, List.of()));

        assertThat(get(url).body()).contains("BEGIN:VEVENT").doesNotContain("BEGIN:VALARM");
    }

    private HttpResponse<String> get(String uri, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(uri));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
