package org.campfair.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.campfair.CampfairApplication;
import org.campfair.CampfairIntegrationTest;
import org.campfair.backup.internal.BackupWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The documented restore command: the app started with {@code --campfair.restore-from} on a
 * fresh data folder comes up with the backed-up data and nothing seeded on top (sample camp
 * and demo accounts are switched on, as in the default profile); started again on that
 * folder, now holding data, it refuses and does not start.
 */
@CampfairIntegrationTest
class RestoreCommandTest {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @Test
    void theAppStartsFromABackupWithoutSeedingAndRefusesASecondRestore() throws Exception {
        Path backup = folder.resolve("campfair-backup.zip");
        DatabaseContent backedUp;
        try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(backup)) {
            BackupWriter.beginSnapshot(connection);
            BackupWriter.write(connection, out, Instant.now());
            backedUp = DatabaseContent.of(connection);
            connection.rollback();
        }
        String[] restore = {"--campfair.restore-from=" + backup, "--server.port=0",
                "--campfair.data-dir=" + folder.resolve("data"),
                "--campfair.embedded-db.data-dir=" + folder.resolve("data/pgdata"),
                "--campfair.sample-camp.load=true", "--campfair.demo-accounts.enabled=true",
                "--campfair.backups.daily-at=off"};

        try (var app = new SpringApplicationBuilder(CampfairApplication.class).run(restore)) {
            try (var connection = app.getBean(DataSource.class).getConnection()) {
                var restored = DatabaseContent.of(connection);
                // Every table of the camps and accounts, as backed up: the seeding found them there.
                var backedUpData = new TreeMap<>(backedUp.tables());
                var restoredData = new TreeMap<>(restored.tables());
                // The job queue is the running app's own work list (its instance names, heartbeats).
                backedUpData.remove("scheduled_tasks");
                restoredData.remove("scheduled_tasks");
                assertThat(restoredData).isEqualTo(backedUpData);
                assertThat(restored.migrations()).isEqualTo(backedUp.migrations());
            }
        }

        assertThatThrownBy(() -> new SpringApplicationBuilder(CampfairApplication.class).run(restore).close())
                .hasStackTraceContaining("the database is not empty");
    }
}
