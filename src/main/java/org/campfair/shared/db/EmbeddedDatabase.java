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
 * unless no folder is given (tests), then a fresh temporary cluster is used. It can be
 * stopped and started again on the same port, to rehearse a database outage.
 *
 * <p>A kept folder holds real camp data, so its server runs durably: every commit is flushed
 * to disk ({@code fsync} and {@code synchronous_commit} on), and a server left running by a
 * killed app is shut down before ours starts ({@link LeftoverServer}). The library's defaults
 * (no fsync, asynchronous commits), which are faster and lose the last commits or the whole
 * cluster in a machine crash, stay for temporary clusters only.
 */
public final class EmbeddedDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "campfair";

    private final Path dataDirectory;
    private final boolean temporary;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private final DataSource dataSource;

    public EmbeddedDatabase(@Nullable Path dataDirectory) {
        try {
            // A temporary cluster gets a folder of our own, so that stop() and start() keep its data.
            this.temporary = dataDirectory == null;
            this.dataDirectory = temporary ? Files.createTempDirectory("campfair-pg") : dataDirectory;
            Files.createDirectories(this.dataDirectory);
            stopLeftoverServer();
            postgres = builder().start();
            port = postgres.getPort();
            createDatabaseIfMissing();
            dataSource = postgres.getDatabase("postgres", DATABASE);
            log.info("Embedded PostgreSQL on port {} with data in {}", port,
                    temporary ? "a temporary folder" : this.dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private EmbeddedPostgres.Builder builder() {
        var builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("max_connections", "50")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (!temporary) {
            // The library always passes -F (fsync off); a -c setting given after it wins.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        return builder;
    }

    private void stopLeftoverServer() {
        if (!temporary) {
            LeftoverServer.find(dataDirectory).ifPresent(LeftoverServer::stop);
        }
    }

    /** Shuts the server down, keeping its data: outage drills. {@link #start()} brings it back. */
    public synchronized void stop() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL on port {} stopped", port);
    }

    /** Starts the server again on the same port and data, after {@link #stop()}. */
    public synchronized void start() throws IOException {
        stopLeftoverServer();
        postgres = builder().setPort(port).start();
        log.info("Embedded PostgreSQL on port {} started again", port);
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

    public int port() {
        return port;
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
        if (temporary) {
            try (var files = Files.walk(dataDirectory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
