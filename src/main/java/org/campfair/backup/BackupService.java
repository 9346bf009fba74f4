package org.campfair.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.campfair.backup.internal.BackupFolder;
import org.campfair.backup.internal.BackupWriter;
import org.campfair.backup.internal.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Makes and lists backups of the whole database in {@code campfair.data-dir}/backups and keeps
 * the newest {@code campfair.backups.keep} of each kind. A backup holds every camp, so only
 * the association's staff organizers ({@code app_user.all_camps}) may make or list them.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BackupFolder folder;
    private final int keep;
    private final Clock clock;
    /** One backup at a time per instance: a second click waits instead of doubling the load. */
    private final ReentrantLock writing = new ReentrantLock();

    BackupService(DataSource dataSource, JdbcClient jdbc, Clock clock,
            @Value("${campfair.data-dir}") String dataDir,
            @Value("${campfair.backups.keep:7}") int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("campfair.backups.keep must be 1 or more, not " + keep);
        }
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.folder = new BackupFolder(Path.of(dataDir, "backups"));
        this.keep = keep;
    }

    /** Backs up the whole database now, for a staff organizer. */
    public BackupFile backUpNow() {
        requireStaff();
        return backUp(BackupFile.Kind.MANUAL);
    }

    /** The backups, newest first, for a staff organizer. */
    public List<BackupFile> list() {
        requireStaff();
        try {
            return folder.list();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the backups in " + folder.path(), e);
        }
    }

    /** The file of a listed backup, for a staff organizer to download; empty for any other name. */
    public Optional<Path> file(String name) {
        requireStaff();
        try {
            return folder.file(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the backups in " + folder.path(), e);
        }
    }

    /** How many backups of each kind are kept. */
    public int keep() {
        return keep;
    }

    /** Where the backups go, to tell a staff organizer. */
    public Path folder() {
        return folder.path().toAbsolutePath();
    }

    /** Whether the signed-in person is one of the staff organizers who may handle backups. */
    public boolean signedInMayBackUp() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && jdbc.sql("""
                select exists (select 1 from app_user
                    where username = ? and role = 'ORGANIZER' and enabled and all_camps)""")
                .param(authentication.getName()).query(Boolean.class).single();
    }

    private void requireStaff() {
        if (!signedInMayBackUp()) {
            throw new AccessDeniedException("backups are for staff organizers only");
        }
    }

    /** Backs up without asking who: the daily schedule. */
    BackupFile backUp(BackupFile.Kind kind) {
        writing.lock();
        try {
            long started = System.nanoTime();
            Manifest[] written = new Manifest[1];
            var at = clock.instant();
            var backup = folder.write(kind, at, out -> {
                try (Connection connection = dataSource.getConnection()) {
                    BackupWriter.beginSnapshot(connection);
                    try {
                        written[0] = BackupWriter.write(connection, out, at);
                    } finally {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                }
            });
            int deleted = folder.keepNewest(kind, keep);
            log.info("Backup {} written: {} tables, {} rows, {} bytes in {} ms (schema version {}); {} old {} backups deleted",
                    backup.name(), written[0].tables().size(), written[0].totalRows(), backup.sizeBytes(),
                    (System.nanoTime() - started) / 1_000_000, written[0].flywayVersion(), deleted, kind);
            return backup;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // The message names a table or file at most; COPY out errors carry no row data.
            throw new BackupFailedException("The backup could not be written: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }
}
