package org.campfair.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proves on every run that the embedded PostgreSQL starts on this machine, also as root
 * (where PostgreSQL itself refuses to run; the embedded binaries then run as "nobody"),
 * and that Flyway brought the schema up.
 */
@CampfairIntegrationTest
class EmbeddedDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void realPostgresRunsWithTheMigratedSchema() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(Integer.parseInt(version.split("\\.")[0])).isGreaterThanOrEqualTo(14);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("select to_regclass('public.seat_assignment') is not null").query(Boolean.class).single())
                .isTrue();
        System.out.println("Embedded PostgreSQL " + version + " started for OS user " + System.getProperty("user.name"));
    }
}
