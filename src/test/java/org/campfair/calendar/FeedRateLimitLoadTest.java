package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One token hammered by several clients at once, under the default limit (20 at once, then
 * 10 a minute). Bounded by count and by a deadline, never by how fast the machine is: it
 * checks who was refused, not how long anything took.
 */
@CampfairIntegrationTest
class FeedRateLimitLoadTest {

    private static final int HAMMERING_CLIENTS = 4;
    private static final int REQUESTS_EACH = 25;

    @LocalServerPort
    int port;
    @Autowired
    HandMadeRosters handMade;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedTokenService tokens;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aHammeredTokenGets429WithRetryAfterWhileOtherTokensAreStillServed() throws Exception {
        var roster = handMade.published();
        String hammered = url(tokens.tokenFor(roster.participants.get(0)));
        String other = url(tokens.tokenFor(roster.participants.get(1)));
        String unknown = url("B".repeat(43));

        var hammering = hammer(hammered);
        var probing = hammer(unknown);

        assertThat(hammering).extracting(HttpResponse::statusCode).containsOnly(200, 429).contains(200);
        var refused = hammering.stream().filter(response -> response.statusCode() == 429).toList();
        assertThat(refused).isNotEmpty().allSatisfy(response -> {
            assertThat(response.headers().firstValue("Retry-After")).get().asString().matches("[1-9][0-9]*");
            assertThat(response.body()).isEmpty();
        });
        assertThat(get(other).statusCode()).isEqualTo(200);
        assertThat(probing).as("unknown tokens look the same however often they are tried")
                .extracting(HttpResponse::statusCode).containsOnly(404);
    }

    private List<HttpResponse<String>> hammer(String url) throws Exception {
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < HAMMERING_CLIENTS * REQUESTS_EACH; i++) {
            calls.add(() -> get(url));
        }
        var responses = new ArrayList<HttpResponse<String>>();
        try (var clients = Executors.newFixedThreadPool(HAMMERING_CLIENTS)) {
            for (var future : clients.invokeAll(calls, 2, TimeUnit.MINUTES)) {
                responses.add(future.get());
            }
        }
        return responses;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String token) {
        return HandMadeRoster.feedUrl(port, token);
    }
}
