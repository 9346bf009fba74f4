package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser with cached Basic credentials on another site's page cannot change anything through the API. */
@CampfairIntegrationTest
class CrossSiteRequestTest {

    @LocalServerPort
    int port;
    @Autowired
    CampService camps;

    private HttpResponse<String> post(String path, String header, @Nullable String value) throws Exception {
        var http = new Http(port);
        var request = http.request(path, "organizer").header("Content-Type", "text/plain");
        if (value != null) {
            request.header(header, value);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"cross\"}")).build());
    }

    @Test
    void aForeignPagesStateChangingRequestIsRefused() throws Exception {
        String solve = "/api/camps/" + camps.list().getFirst().id() + "/solve";
        for (String[] foreign : new String[][] {{"Origin", "https://evil.example"}, {"Origin", "null"},
                {"Origin", "http://localhost:" + (port + 1)}, {"Referer", "https://evil.example/page.html"}}) {
            var refused = post(solve, foreign[0], foreign[1]);
            assertThat(refused.statusCode()).as(foreign[1]).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("Cross-site");
        }
        var http = new Http(port);
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            var refused = http.send(http.request("/api/me/api-tokens/1", "organizer").header("Origin", "https://evil.example")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertThat(refused.statusCode()).as(method).isEqualTo(403);
        }
    }

    @Test
    void ourOwnPagesScriptsAndReadsStayAllowed() throws Exception {
        String tokens = "/api/me/api-tokens";
        var http = new Http(port);
        // A JSON body makes these real creations; text/plain would be refused by the endpoint itself (415).
        for (String[] ours : new String[][] {{"Origin", "http://localhost:" + port},
                {"Referer", "http://localhost:" + port + "/me/api-tokens"}, {"X-None", null}}) {
            var request = http.request(tokens, "organizer").header("Content-Type", "application/json");
            if (ours[1] != null) {
                request.header(ours[0], ours[1]);
            }
            var created = http.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"same site\"}")).build());
            assertThat(created.statusCode()).as(ours[0]).isEqualTo(201);
            long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
            assertThat(http.send(http.request(tokens + "/" + id, "organizer").DELETE().build()).statusCode()).isEqualTo(204);
        }
        var read = http.send(http.request("/api/camps", "organizer").header("Origin", "https://evil.example").GET().build());
        assertThat(read.statusCode()).as("reads: the browser keeps the answer from the foreign page (no CORS)")
                .isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
