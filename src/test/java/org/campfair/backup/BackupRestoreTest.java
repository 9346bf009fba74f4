package org.campfair.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.campfair.CampfairIntegrationTest;
import org.campfair.backup.internal.BackupRestore;
import org.campfair.backup.internal.BackupWriter;
import org.campfair.backup.internal.Manifest;
import org.campfair.backup.internal.RestoreRefusedException;
import org.campfair.calendar.FeedTokenService;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.db.EmbeddedDatabase;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.security.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of the app's database (the sample camp with a solved, published roster, feeds,
 * invitations and accounts) restored into a new, empty embedded PostgreSQL holds exactly
 * the same rows and sequence values; damaged backups and non-empty databases are refused.
 */
@CampfairIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    ParticipantService participants;
    @Autowired
    FeedTokenService feeds;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;

    @TempDir
    Path folder;

    private Path backup;
    private DatabaseContent backedUp;

    @BeforeAll
    void aBackupOfAPublishedCamp(@TempDir Path backups) throws Exception {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(campId);
        var people = participants.listByCamp(campId);
        people.stream().limit(5).forEach(p -> feeds.tokenFor(p.id()));
        invitations.inviteParticipant(campId, people.get(6).id());
        if (!accounts.exists("backup-participant")) {
            accounts.create("backup-participant", "secret-password", Role.PARTICIPANT, people.get(7).id(), null);
        }
        backup = backups.resolve("backup.zip");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(backup)) {
            BackupWriter.beginSnapshot(connection);
            try {
                BackupWriter.write(connection, out, Instant.now());
                // Read in the backup's own snapshot: the app's background work goes on meanwhile.
                backedUp = DatabaseContent.of(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        System.out.printf("BACKUP sample camp database: %d rows, %d bytes zip, %d ms%n",
                backedUp.tables().keySet().stream().mapToLong(backedUp::rows).sum(), Files.size(backup),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aRestoredDatabaseEqualsTheBackedUpOneTableByTable() throws Exception {
        assertThat(backedUp.rows("seat_assignment")).isPositive();
        // A full publication's seats; published_seat is a view over them since V25.
        assertThat(backedUp.rows("publication_seat")).isPositive();
        assertThat(backedUp.rows("feed_token")).isPositive();
        assertThat(backedUp.rows("invitation")).isPositive();
        assertThat(backedUp.rows("app_user")).isGreaterThanOrEqualTo(4);
        var target = new EmbeddedDatabase(folder.resolve("pgdata"));
        try {
            long started = System.nanoTime();
            var restored = BackupRestore.restore(flyway(target.dataSource()), backup);
            System.out.printf("RESTORE sample camp database: %d tables, %d rows in %d ms%n", restored.tables(),
                    restored.rows(), (System.nanoTime() - started) / 1_000_000);
            try (var connection = target.dataSource().getConnection()) {
                var content = DatabaseContent.of(connection);
                assertThat(content.tables()).isEqualTo(backedUp.tables());
                assertThat(content.sequences()).isEqualTo(backedUp.sequences());
                assertThat(content.migrations()).isEqualTo(backedUp.migrations());
            }
        } finally {
            target.destroy();
        }
    }

    @Test
    void aTruncatedBackupIsRefusedAndLeavesTheDatabaseEmpty() throws Exception {
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = folder.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

        assertRefusedLeavingEmpty(truncated, "not a complete zip file");
    }

    @Test
    void aBackupWithAChangedTableIsRefusedAndLeavesTheDatabaseEmpty() throws Exception {
        // A well-formed zip whose seat data lost its last row: tables loaded before it must go too.
        Path damaged = folder.resolve("damaged.zip");
        rewrite(backup, damaged, Manifest.Table.entryOf("seat_assignment"), data -> {
            String text = new String(data, UTF_8);
            return text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1)
                    .getBytes(UTF_8);
        });

        assertRefusedLeavingEmpty(damaged, "seat_assignment");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aBackupWithGarbageInATableIsRefusedWithoutQuotingTheData(CapturedOutput output) throws Exception {
        Path damaged = folder.resolve("garbage.zip");
        rewrite(backup, damaged, Manifest.Table.entryOf("participant"),
                data -> "not-a-number\tsecret@example.org\n".getBytes(UTF_8));

        var refused = assertRefusedLeavingEmpty(damaged, "participant");
        assertThat(refused.getMessage()).doesNotContain("secret@example.org", "not-a-number");
        // Nor in the embedded server's log, which reaches the app's log a moment later.
        Thread.sleep(1000);
        assertThat(output.getAll()).doesNotContain("not-a-number");
    }

    @Test
    void aRestoreIntoADatabaseWithDataIsRefusedAndChangesNothing() {
        var before = jdbc.sql("select count(*) from camp").query(Long.class).single();

        assertThatThrownBy(() -> BackupRestore.restore(flyway(dataSource), backup))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("not empty");

        assertThat(jdbc.sql("select count(*) from camp").query(Long.class).single()).isEqualTo(before);
    }

    private RestoreRefusedException assertRefusedLeavingEmpty(Path damaged, String reason) throws Exception {
        var target = new EmbeddedDatabase(folder.resolve("pgdata-" + damaged.getFileName()));
        try {
            var thrown = catchThrowableOfType(RestoreRefusedException.class,
                    () -> BackupRestore.restore(flyway(target.dataSource()), damaged));
            assertThat(thrown).as("refused").isNotNull();
            assertThat(thrown.getMessage()).contains(reason);
            try (var connection = target.dataSource().getConnection()) {
                var content = DatabaseContent.of(connection);
                content.tables().keySet().forEach(table -> assertThat(content.rows(table)).as(table).isZero());
            }
            return thrown;
        } finally {
            target.destroy();
        }
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    interface Change {
        byte[] apply(byte[] data);
    }

    /** Copies the zip with one entry's content changed and the manifest as it was. */
    static void rewrite(Path from, Path to, String entry, Change change) throws IOException {
        try (var zip = new ZipFile(from.toFile()); var out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (var e : Collections.list(zip.entries())) {
                byte[] data = zip.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? change.apply(data) : data);
                out.closeEntry();
            }
        }
    }
}
