package org.campfair.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campfair.AppProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.campfair.CampfairIntegrationTest;
import org.campfair.backup.internal.BackupWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

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
        // In a process of its own, as the command runs: a second whole app in the test JVM would
        // leave Vaadin's process-wide state to the browserless tests that follow.
        Path data = folder.resolve("data");
        var restore = List.of("--campfair.restore-from=" + backup, "--campfair.data-dir=" + data,
                "--campfair.sample-camp.load=true", "--campfair.demo-accounts.enabled=true",
                "--campfair.backups.daily-at=off");
        Path logs = Path.of("target", "restore-command");
        try (var app = AppProcess.launch("restore", logs.resolve("restore.log"), false, restore)) {
            app.await("the restored app", Duration.ofSeconds(240), app::ready);
            var pidFile = Files.readAllLines(data.resolve("pgdata").resolve("postmaster.pid"), StandardCharsets.UTF_8);
            try (var connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + pidFile.get(3).strip() + "/campfair", "postgres", "")) {
                connection.setAutoCommit(false);
                var restored = DatabaseContent.of(connection);
                connection.rollback();
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

        var again = AppProcess.launch("again", logs.resolve("again.log"), false, restore);
        assertThat(again.process().waitFor(240, TimeUnit.SECONDS)).as("refuses and stops").isTrue();
        assertThat(again.process().exitValue()).isNotZero();
        assertThat(again.log()).contains("the database is not empty");
    }
}
