package org.campfair.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kept data folder holds real camp data: its server flushes every commit, and a second
 * Campfair on the same folder is refused without touching the server that runs there. A
 * temporary test cluster keeps the library's fast, non-durable settings.
 */
class EmbeddedDatabaseFolderTest {

    @TempDir
    Path folder;

    @Test
    void aKeptFolderRunsDurablyAndATemporaryOneDoesNot() throws Exception {
        var kept = new EmbeddedDatabase(folder.resolve("pgdata"));
        var temporary = new EmbeddedDatabase(null);
        try {
            assertThat(settings(kept)).isEqualTo("on/on");
            assertThat(settings(temporary)).isEqualTo("off/off");
        } finally {
            kept.destroy();
            temporary.destroy();
        }
    }

    @Test
    void aSecondAppOnTheSameFolderIsRefusedAndTheRunningServerKeepsRunning() throws Exception {
        var running = new EmbeddedDatabase(folder.resolve("pgdata"));
        try {
            assertThatThrownBy(() -> new EmbeddedDatabase(folder.resolve("pgdata")))
                    .hasMessageContaining("Another Campfair process is using the data folder");
            assertThat(JdbcClient.create(running.dataSource()).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        } finally {
            running.destroy();
        }
        assertThat(LeftoverServer.find(folder.resolve("pgdata"))).as("stopped cleanly, nothing left over").isEmpty();
    }

    @Test
    void aPidFileOfAnotherFolderOrOfADeadProcessIsLeftToPostgres() throws Exception {
        Path data = Files.createDirectories(folder.resolve("pgdata"));
        // Our own (live, non-postgres) process, or a folder that is not ours: never signalled.
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        assertThat(LeftoverServer.find(data)).isEmpty();
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
        assertThat(LeftoverServer.find(data)).isEmpty();
        try (var files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String settings(EmbeddedDatabase database) {
        var jdbc = JdbcClient.create(database.dataSource());
        return jdbc.sql("show fsync").query(String.class).single() + "/"
                + jdbc.sql("show synchronous_commit").query(String.class).single();
    }
}
