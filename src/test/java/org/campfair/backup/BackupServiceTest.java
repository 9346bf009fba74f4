package org.campfair.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.campfair.CampfairIntegrationTest;
import org.campfair.backup.internal.BackupFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CampfairIntegrationTest
class BackupServiceTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dataDir;

    private BackupService service(Path dir, Clock clock) {
        return new BackupService(dataSource, jdbc, clock, dir.toString(), 7);
    }

    private List<String> names(Path dir) throws Exception {
        return new BackupFolder(dir.resolve("backups")).list().stream().map(BackupFile::name).toList();
    }

    @Test
    void eightBackupsLeaveTheNewestSevenAndDailyOnesAreKeptApart() throws Exception {
        var service = service(dataDir, new TickingClock(Instant.parse("2027-03-01T10:00:00Z"), Duration.ofMinutes(1)));
        var daily = service.backUp(BackupFile.Kind.DAILY);

        var made = IntStream.range(0, 8).mapToObj(i -> service.backUp(BackupFile.Kind.MANUAL)).toList();

        assertThat(names(dataDir)).containsExactly(
                made.get(7).name(), made.get(6).name(), made.get(5).name(), made.get(4).name(),
                made.get(3).name(), made.get(2).name(), made.get(1).name(), daily.name());
        assertThat(made.getFirst().name()).isEqualTo("campfair-20270301-100100-000-manual.zip");
        assertThat(Files.exists(dataDir.resolve("backups").resolve(made.getFirst().name()))).isFalse();
    }

    @Test
    void backupsAreForTheAppsOwnUserOnlyAndNoTemporaryFileStays() throws Exception {
        var made = service(dataDir, Clock.systemUTC()).backUp(BackupFile.Kind.MANUAL);

        Path folder = dataDir.resolve("backups");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(made.name()))))
                .isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(made.name());
        }
        assertThat(made.sizeBytes()).isEqualTo(Files.size(folder.resolve(made.name()))).isPositive();
    }

    @Test
    void theDailyBackupIsMadeOnceADayByOneOfSeveralInstances() throws Exception {
        // A day of its own in the shared test database, at 04:00 of the server's time.
        var zone = ZoneId.systemDefault();
        var morning = ZonedDateTime.of(2031, 6, 1, 4, 0, 0, 0, zone).toInstant();
        var night = ZonedDateTime.of(2031, 6, 1, 2, 0, 0, 0, zone).toInstant();
        Path otherDataDir = dataDir.resolve("other-instance");
        var atNight = new DailyBackups(service(dataDir, Clock.fixed(night, ZoneOffset.UTC)), jdbc,
                Clock.fixed(night, ZoneOffset.UTC), "03:00", Duration.ofMinutes(10));
        var first = new DailyBackups(service(dataDir, Clock.fixed(morning, ZoneOffset.UTC)), jdbc,
                Clock.fixed(morning, ZoneOffset.UTC), "03:00", Duration.ofMinutes(10));
        var second = new DailyBackups(service(otherDataDir, Clock.fixed(morning, ZoneOffset.UTC)), jdbc,
                Clock.fixed(morning, ZoneOffset.UTC), "03:00", Duration.ofMinutes(10));

        assertThat(atNight.backUpIfDue()).as("before 03:00").isEmpty();
        assertThat(first.backUpIfDue()).isPresent();
        assertThat(second.backUpIfDue()).as("another instance, the same day").isEmpty();
        assertThat(first.backUpIfDue()).as("the same instance again").isEmpty();

        assertThat(names(dataDir)).singleElement().asString().endsWith("-daily.zip");
        assertThat(names(otherDataDir)).isEmpty();
    }

    @Test
    void dailyBackupsCanBeSwitchedOff() {
        var off = new DailyBackups(service(dataDir, Clock.systemUTC()), jdbc, Clock.systemUTC(), "off",
                Duration.ofMinutes(10));

        assertThat(off.backUpIfDue()).isEmpty();
        off.start();
        assertThat(off.isRunning()).isFalse();
    }
}
