package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Feeds over real HTTP (served by {@link FeedFilter}): the headers calendar clients poll
 * with, and the 304s that save them.
 */
@CampfairIntegrationTest
class FeedControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    HandMadeRosters handMade;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedTokenService tokens;
    @Autowired
    ReminderSettings reminders;
    @Autowired
    MeterRegistry meters;

    // RFC 9110's IMF-fixdate; RFC_1123_DATE_TIME would write single-digit days without the zero.
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final HttpClient http = HttpClient.newHttpClient();
    private HandMadeRoster roster;
    private long participant;
    private String url;

    @BeforeEach
    void publishAHandMadeRoster() {
        roster = handMade.published();
        participant = roster.participants.getFirst();
        url = HandMadeRoster.feedUrl(port, tokens.tokenFor(participant));
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
        var unknown = get(HandMadeRoster.feedUrl(port, "A".repeat(43)));
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

    @Test
    void aFeedCarriesTheSecurityHeadersAndNoSession() throws Exception {
        var response = get(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        var post = http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(post.body()).isEmpty();
    }

    @Test
    void pathsUnderFeedsThatAreNoFeedAreTheSameBare404() throws Exception {
        var unknown = get(HandMadeRoster.feedUrl(port, "A".repeat(43)));
        for (String path : List.of("/feeds/", "/feeds/x", "/feeds/.ics", "/feeds/a/b.ics")) {
            var response = get("http://localhost:" + port + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
            assertThat(response.headers().map().keySet()).as(path).isEqualTo(unknown.headers().map().keySet());
        }
    }

    @Test
    void feedRequestsAreCountedByOutcomeAndNotObservedOneByOne() throws Exception {
        double served = feedRequests("served");
        double notFound = feedRequests("not_found");
        long observed = httpServerRequests();

        get(url);
        get(url, "If-None-Match", etag(get(url)));
        get(HandMadeRoster.feedUrl(port, "A".repeat(43)));

        // Any other request is observed: once its observation is in, the feeds' would be too.
        get("http://localhost:" + port + "/api/camps");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (httpServerRequests() == observed && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(feedRequests("served") - served).isEqualTo(3);
        assertThat(feedRequests("not_found") - notFound).isEqualTo(1);
        assertThat(httpServerRequests() - observed).as("only the API request in http.server.requests").isEqualTo(1);
    }

    private double feedRequests(String outcome) {
        var counter = meters.find("campfair.feed.requests").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private long httpServerRequests() {
        return meters.find("http.server.requests").timers().stream().mapToLong(timer -> timer.count()).sum();
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
