package org.campfair.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import javax.sql.DataSource;
import org.campfair.CampfairIntegrationTest;
import org.campfair.backup.internal.BackupRestore;
import org.campfair.backup.internal.BackupWriter;
import org.campfair.backup.internal.Manifest;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.RosterService;
import org.campfair.shared.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backup and restore of a database holding the generated L camp (750 participants) with
 * every seat filled and the roster published (calendar events for all), besides the sample
 * camp: {@code ./mvnw test -Dtest=BackupBenchmark -Dcampfair.benchmark=true}. Prints BENCH lines.
 */
@CampfairIntegrationTest
@EnabledIfSystemProperty(named = "campfair.benchmark", matches = "true")
class BackupBenchmark {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    @TempDir
    Path folder;

    @Test
    void backUpAndRestoreTheLargeCamp() throws Exception {
        long campId = importer.importCamp(CampGenerator.generate(CampSize.L, 1).asCampFiles());
        // Every seat filled, round robin: the backup's size matters here, not the roster's quality.
        jdbc.sql("""
                with p as (select id, row_number() over (order by id) - 1 as i, count(*) over () as n
                           from participant where camp_id = :camp),
                     seats as (select s.id as shift_id, g.seat, row_number() over (order by s.id, g.seat) - 1 as k
                               from shift s join task t on t.id = s.task_id
                               cross join lateral generate_series(0, s.max_headcount - 1) g(seat)
                               where t.camp_id = :camp)
                insert into seat_assignment (shift_id, seat, participant_id)
                select seats.shift_id, seats.seat, p.id from seats join p on p.i = seats.k % p.n
                on conflict (shift_id, seat) do update set participant_id = excluded.participant_id""")
                .param("camp", campId).update();
        jdbc.sql("insert into roster_result values (?, '0hard/0medium/0soft', true, now()) on conflict do nothing")
                .param(campId).update();
        var publication = rosters.publish(campId);
        while (jdbc.sql("select count(*) from calendar_publication where publication_id = ?")
                .param(publication.publicationId()).query(Long.class).single() == 0) {
            Thread.sleep(200);
        }
        System.out.printf("BENCH backup machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Path backup = folder.resolve("large.zip");
        DatabaseContent backedUp;
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(backup)) {
            BackupWriter.beginSnapshot(connection);
            var manifest = BackupWriter.write(connection, out, Instant.now());
            System.out.printf("BENCH backup L camp + sample camp: %d rows (participant %d, seat_assignment %d, "
                    + "calendar_event %d), %d bytes zip, %d ms%n", manifest.totalRows(), rows(manifest, "participant"),
                    rows(manifest, "seat_assignment"), rows(manifest, "calendar_event"), Files.size(backup),
                    (System.nanoTime() - started) / 1_000_000);
            backedUp = DatabaseContent.of(connection);
            connection.rollback();
        }

        var target = new EmbeddedDatabase(folder.resolve("pgdata"));
        try {
            started = System.nanoTime();
            var restored = BackupRestore.restore(BackupRestoreTest.flyway(target.dataSource()), backup);
            System.out.printf("BENCH restore L camp + sample camp: %d rows in %d ms (migrations included)%n",
                    restored.rows(), (System.nanoTime() - started) / 1_000_000);
            try (var connection = target.dataSource().getConnection()) {
                assertThat(DatabaseContent.of(connection).tables()).isEqualTo(backedUp.tables());
            }
        } finally {
            target.destroy();
        }
    }

    private static long rows(Manifest manifest, String table) {
        return manifest.tables().stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow().rows();
    }
}
