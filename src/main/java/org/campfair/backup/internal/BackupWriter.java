package org.campfair.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole database into one zip: every table as PostgreSQL's COPY text, streamed
 * through the JDBC driver's CopyManager, and a manifest with the Flyway version, row counts,
 * checksums and sequence values.
 *
 * <p>Why a logical dump through COPY: the embedded PostgreSQL comes without pg_dump, and COPY
 * needs no extra binaries; its text format loads into any later PostgreSQL version (a
 * backup outlives the server binaries it was made with); all tables are read in one
 * repeatable-read, read-only transaction, so the backup is one consistent snapshot while the
 * app keeps working; and the schema need not be dumped at all, since Flyway rebuilds it
 * exactly from the recorded version. Not PostgreSQL's low-level base-backup API
 * (pg_backup_start/stop and copying the data folder): the copied files are only consistent
 * together with the WAL written during the copy, so it needs WAL archiving or copying the
 * WAL files as well, and the result is tied to one major version and platform.
 */
public final class BackupWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupWriter() {
    }

    /**
     * Starts the snapshot every table is read from; must be the connection's first statement
     * in a transaction (auto-commit off). Times are written in UTC and ISO style so the text
     * reads back the same under any server or JVM settings.
     */
    public static void beginSnapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
            statement.execute("set local TimeZone = 'UTC'");
            statement.execute("set local DateStyle = 'ISO, YMD'");
        }
    }

    /** Writes the zip from the snapshot begun with {@link #beginSnapshot}; the stream is finished, not closed. */
    public static Manifest write(Connection connection, OutputStream out, Instant createdAt) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String version = Schema.flywayVersion(connection)
                .orElseThrow(() -> new IllegalStateException("The database has no Flyway schema to back up"));
        var zip = new ZipOutputStream(out);
        var tables = new ArrayList<Manifest.Table>();
        for (String table : Schema.tables(connection)) {
            var columns = Schema.columns(connection, table);
            zip.putNextEntry(new ZipEntry(Manifest.Table.entryOf(table)));
            var digest = sha256();
            long rows = copy.copyOut("copy " + Schema.quote(table) + " (" + Schema.columnList(columns) + ") to stdout",
                    new DigestOutputStream(zip, digest));
            zip.closeEntry();
            tables.add(new Manifest.Table(table, columns, rows, HexFormat.of().formatHex(digest.digest())));
        }
        String postgres;
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("show server_version")) {
            rows.next();
            postgres = rows.getString(1);
        }
        var manifest = new Manifest(Manifest.FORMAT, version, createdAt, postgres, tables,
                Schema.sequences(connection));
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    static Manifest readManifest(byte[] json) {
        return JSON.readValue(json, Manifest.class);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
