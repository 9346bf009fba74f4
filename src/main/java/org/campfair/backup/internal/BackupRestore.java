package org.campfair.backup.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an empty database to the state of a backup: Flyway builds the schema up to the
 * backup's version, every table is loaded with COPY in one transaction (parents before
 * children, foreign keys checked), sequences are set, and row counts and checksums are
 * compared with the manifest before the commit; then Flyway migrates the rest of the way.
 * A damaged or incomplete backup rolls the whole load back and says what is wrong. Messages
 * name tables, counts and PostgreSQL error codes, never a row's content (personal data).
 */
public final class BackupRestore {

    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);
    /** db-scheduler's queue: its rows are work to do, and an instance started on an empty database may add some. */
    private static final String JOB_QUEUE = "scheduled_tasks";
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");
    private static final Map<String, String> PROBLEMS = Map.of(
            "22P02", "a value does not fit its column",
            "22P04", "a line is not in COPY's format",
            "22021", "bytes that are not UTF-8",
            "23505", "a duplicate key",
            "23503", "a reference to a row that is not there",
            "23502", "a value missing where one is required",
            "23514", "a value that breaks a check",
            "42703", "a column this schema does not have");

    public record Restored(String flywayVersion, int tables, long rows, long millis) {
    }

    private BackupRestore() {
    }

    /** Restores the backup into the empty database behind the Flyway instance, then migrates fully. */
    public static Restored restore(Flyway flyway, Path backup) {
        long started = System.nanoTime();
        if (!Files.isRegularFile(backup)) {
            throw new RestoreRefusedException("there is no backup file at " + backup.toAbsolutePath());
        }
        try (var zip = new ZipFile(backup.toFile())) {
            var manifest = manifest(zip);
            var version = knownVersion(flyway, manifest);
            DataSource dataSource = flyway.getConfiguration().getDataSource();
            try (var connection = dataSource.getConnection()) {
                requireEmpty(connection, version);
            }
            Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                    .target(version).load().migrate();
            try (var connection = dataSource.getConnection()) {
                load(connection, zip, manifest);
            }
            flyway.migrate();
            var restored = new Restored(manifest.flywayVersion(), manifest.tables().size(), manifest.totalRows(),
                    (System.nanoTime() - started) / 1_000_000);
            log.info("Restored {} (made {}): {} tables, {} rows in {} ms; start without campfair.restore-from from now on",
                    backup.getFileName(), manifest.createdAt(), restored.tables(), restored.rows(), restored.millis());
            return restored;
        } catch (ZipException e) {
            throw new RestoreRefusedException(backup.getFileName() + " is not a complete zip file (truncated or damaged: "
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new RestoreRefusedException("could not read " + backup.toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new RestoreRefusedException("the database refused the restore (PostgreSQL error " + e.getSQLState() + ")", e);
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        var entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new RestoreRefusedException(zip.getName() + " has no " + Manifest.ENTRY + ": it is not a Campfair backup, "
                    + "or the backup was cut short");
        }
        Manifest manifest;
        try (var in = zip.getInputStream(entry)) {
            manifest = BackupWriter.readManifest(in.readAllBytes());
        } catch (RuntimeException e) {
            throw new RestoreRefusedException("the backup's " + Manifest.ENTRY + " cannot be read: " + e.getMessage(), e);
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new RestoreRefusedException("the backup has format " + manifest.format() + ", this Campfair reads format "
                    + Manifest.FORMAT);
        }
        if (manifest.flywayVersion() == null || manifest.tables() == null || manifest.sequences() == null) {
            throw new RestoreRefusedException("the backup's " + Manifest.ENTRY + " is incomplete");
        }
        return manifest;
    }

    /** The backup's schema version, which this Campfair's migrations must include. */
    private static MigrationVersion knownVersion(Flyway flyway, Manifest manifest) {
        var version = MigrationVersion.fromVersion(manifest.flywayVersion());
        boolean known = Arrays.stream(flyway.info().all())
                .anyMatch(migration -> version.equals(migration.getVersion()));
        if (!known) {
            throw new RestoreRefusedException("the backup has schema version " + manifest.flywayVersion()
                    + ", which this Campfair does not know: restore it with the Campfair version that made it, or a newer one");
        }
        return version;
    }

    private static void requireEmpty(Connection connection, MigrationVersion backupVersion) throws SQLException {
        var current = Schema.flywayVersion(connection);
        if (current.isEmpty()) {
            return;
        }
        for (String table : Schema.tables(connection)) {
            if (!table.equals(JOB_QUEUE) && hasRows(connection, table)) {
                throw new RestoreRefusedException("the database is not empty (table " + table
                        + " has rows); a backup is restored only into a fresh data folder");
            }
        }
        if (MigrationVersion.fromVersion(current.get()).isNewerThan(backupVersion)) {
            throw new RestoreRefusedException("the database's schema is at version " + current.get()
                    + ", newer than the backup's " + backupVersion + "; restore into a fresh data folder");
        }
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select exists (select 1 from " + Schema.quote(table) + ")")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void load(Connection connection, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        boolean quiet = quietServerLog(connection, true);
        connection.setAutoCommit(false);
        try {
            try (var statement = connection.createStatement()) {
                statement.execute("set local TimeZone = 'UTC'");
                statement.execute("set local DateStyle = 'ISO, YMD'");
            }
            var byName = manifest.tables().stream().collect(Collectors.toMap(Manifest.Table::name, Function.identity()));
            var tables = Schema.tables(connection);
            if (!new HashSet<>(tables).equals(byName.keySet())) {
                throw new RestoreRefusedException("the backup's tables " + byName.keySet().stream().sorted().toList()
                        + " are not the tables of schema version " + manifest.flywayVersion() + ": " + tables);
            }
            if (tables.contains(JOB_QUEUE)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("delete from " + Schema.quote(JOB_QUEUE));
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            // A snapshot is loaded as it was taken: triggers that derive rows from others (such as
            // a camp's organizers owning its villages) would add rows the backup already holds.
            // Switching them off is the tables' owner's right and ends with this transaction.
            triggers(connection, tables, false);
            for (String table : Schema.inDependencyOrder(connection, tables)) {
                loadTable(connection, copy, zip, byName.get(table));
            }
            triggers(connection, tables, true);
            setSequences(connection, manifest.sequences());
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            if (quiet) {
                quietServerLog(connection, false);
            }
        }
    }

    private static void triggers(Connection connection, java.util.List<String> tables, boolean on) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("alter table " + Schema.quote(table) + (on ? " enable" : " disable") + " trigger user");
            }
        }
    }

    /**
     * PostgreSQL logs a failed COPY with the offending line, and the embedded server's log
     * goes to the app's log: while loading, this session's errors stay out of the server log
     * (a superuser's setting, as in the embedded server; elsewhere the server's own settings
     * apply). Session-wide, so it is reset before the pooled connection goes back.
     */
    private static boolean quietServerLog(Connection connection, boolean quiet) {
        try (var statement = connection.createStatement()) {
            statement.execute(quiet ? "set log_min_messages = fatal" : "reset log_min_messages");
            statement.execute(quiet ? "set log_min_error_statement = panic" : "reset log_min_error_statement");
            return true;
        } catch (SQLException e) {
            log.debug("The server log stays as configured: PostgreSQL error {}", e.getSQLState());
            return false;
        }
    }

    private static void loadTable(Connection connection, CopyManager copy, ZipFile zip,
            Manifest.Table table) throws SQLException, IOException {
        if (!new HashSet<>(table.columns()).equals(new HashSet<>(Schema.columns(connection, table.name())))) {
            throw new RestoreRefusedException("the backup's columns of table " + table.name()
                    + " are not those of the schema at the backup's version");
        }
        var entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new RestoreRefusedException("the backup has no data for table " + table.name());
        }
        var digest = BackupWriter.sha256();
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            rows = copy.copyIn("copy " + Schema.quote(table.name()) + " (" + Schema.columnList(table.columns())
                    + ") from stdin", in);
            // Read to the end, so the zip checks the entry's CRC even where COPY stopped at its end marker.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (PSQLException e) {
            throw new RestoreRefusedException("the data of table " + table.name() + " does not load: " + problem(e), e);
        } catch (ZipException | EOFException e) {
            throw new RestoreRefusedException("the data of table " + table.name() + " is damaged: " + e.getMessage(), e);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
            throw new RestoreRefusedException("the data of table " + table.name() + " does not match its checksum");
        }
        long counted;
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) from " + Schema.quote(table.name()))) {
            result.next();
            counted = result.getLong(1);
        }
        if (rows != table.rows() || counted != table.rows()) {
            throw new RestoreRefusedException("table " + table.name() + " has " + counted + " rows, the backup says "
                    + table.rows());
        }
    }

    /** The kind of problem and where, without PostgreSQL's message, which quotes the offending value. */
    private static String problem(PSQLException e) {
        String what = PROBLEMS.getOrDefault(e.getSQLState(), "PostgreSQL error " + e.getSQLState());
        var server = e.getServerErrorMessage();
        if (server != null && server.getWhere() != null) {
            var line = COPY_LINE.matcher(server.getWhere());
            if (line.find()) {
                return what + " (row " + line.group(1) + ")";
            }
        }
        return what;
    }

    private static void setSequences(Connection connection, List<Manifest.Sequence> sequences) throws SQLException {
        var present = Schema.sequences(connection).stream().map(Manifest.Sequence::name).collect(Collectors.toSet());
        try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (var sequence : sequences) {
                if (!present.contains(sequence.name())) {
                    throw new RestoreRefusedException("the backup has a sequence " + sequence.name()
                            + " that the schema does not have");
                }
                statement.setString(1, Schema.quote(sequence.name()));
                statement.setLong(2, sequence.lastValue() != null ? sequence.lastValue() : sequence.startValue());
                statement.setBoolean(3, sequence.lastValue() != null);
                statement.execute();
            }
        }
    }
}
