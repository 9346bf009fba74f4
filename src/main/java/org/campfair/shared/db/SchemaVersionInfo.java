package org.campfair.shared.db;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database schema's version in {@code /actuator/info} (beside the app's version from the
 * build): what an operator checks before and after an upgrade, as Flyway migrates on start.
 */
@Component
class SchemaVersionInfo implements InfoContributor {

    private final JdbcClient jdbc;

    SchemaVersionInfo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void contribute(Info.Builder builder) {
        String version = jdbc.sql("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""").query(String.class).optional().orElse("none");
        builder.withDetail("database", Map.of("schemaVersion", version));
    }
}
