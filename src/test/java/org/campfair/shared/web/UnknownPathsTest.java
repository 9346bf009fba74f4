package org.campfair.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.shared.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Unknown API and actuator paths are 404s, not the Vaadin page with 200. */
@CampfairIntegrationTest
class UnknownPathsTest {

    @LocalServerPort
    int port;
    @Autowired
    CampService camps;

    @Test
    void unknownApiAndActuatorPathsAre404ProblemsForASignedInOrganizer() throws Exception {
        var http = new Http(port);
        long campId = camps.list().getFirst().id();
        for (String path : new String[] {"/api/nothing-here", "/api/camps/" + campId + "/nothing-here",
                "/actuator/nothing-here"}) {
            var answer = http.get(path, "organizer");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("<html").contains("\"status\":404");
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path)
                    .startsWith("application/problem+json");
        }
        assertThat(http.get("/api/nothing-here", null).statusCode()).as("signed out").isEqualTo(401);
        assertThat(http.get("/api/camps", "organizer").statusCode()).isEqualTo(200);
    }
}
