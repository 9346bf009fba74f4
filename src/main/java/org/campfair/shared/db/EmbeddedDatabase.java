package org.campfair.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real PostgreSQL server run from the binaries inside a Maven jar, so that the app and its
 * tests need no database installed. Data lives in a local folder and survives restarts,
 * unless no folder is given (tests), then a fresh temporary cluster is used.
 */
public final class EmbeddedDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "campfair";

    private final EmbeddedPostgres postgres;
    private final DataSource dataSource;

    public EmbeddedDatabase(@Nullable Path dataDirectory) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "50");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            postgres = builder.start();
            createDatabaseIfMissing();
            dataSource = postgres.getDatabase("postgres", DATABASE);
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                    dataDirectory == null ? "a temporary folder" : dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private void createDatabaseIfMissing() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
    }
}
