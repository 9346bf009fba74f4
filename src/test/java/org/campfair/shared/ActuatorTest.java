package org.campfair.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Health for load balancers, metrics for organizers. */
@CampfairIntegrationTest
class ActuatorTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcClient jdbc;


    @Test
    void livenessAndReadinessWithTheDatabaseAreOpen() throws Exception {
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
        var readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health", "organizer").body()).contains("\"db\"").contains("PostgreSQL");
    }

    @Test
    void solveDurationsAreMeasuredForOrganizersOnly() throws Exception {
        SolvedCamps.sampleCamp(importer, rosters);
        assertThat(get("/actuator/metrics/campfair.solve.duration", null).statusCode()).isEqualTo(401);
        var metric = get("/actuator/metrics/campfair.solve.duration", "organizer");
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"statistic\":\"COUNT\"");
        assertThat(get("/actuator/metrics/campfair.solve.duration", "participant").statusCode()).isEqualTo(403);
    }

    @Test
    void infoShowsTheVersionAndTheSchemaVersionToOrganizers() throws Exception {
        var info = get("/actuator/info", "organizer");
        assertThat(info.statusCode()).isEqualTo(200);
        String latest = jdbc.sql("select max(version::int)::text from flyway_schema_history where version is not null")
                .query(String.class).single();
        assertThat(info.body()).contains("\"schemaVersion\":\"" + latest + "\"").contains("\"build\"")
                .contains("\"version\"");
        assertThat(get("/actuator/info", "participant").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return new Http(port).get(path, user);
    }
}
