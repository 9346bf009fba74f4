package org.campfair.backup.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a backup holds, written last into its zip as manifest.json: the Flyway version the
 * tables belong to, and per table its columns, row count and the SHA-256 of its COPY data,
 * so a restore can tell a damaged or incomplete backup from a good one before committing.
 */
public record Manifest(int format, String flywayVersion, Instant createdAt, String postgresVersion,
        List<Table> tables, List<Sequence> sequences) {

    /** Bumped when the zip's layout changes; a restore refuses formats it does not know. */
    public static final int FORMAT = 1;

    public static final String ENTRY = "manifest.json";

    public record Table(String name, List<String> columns, long rows, String sha256) {

        public String entry() {
            return entryOf(name);
        }

        public static String entryOf(String table) {
            return "tables/" + table + ".copy";
        }
    }

    /** A sequence's state from pg_sequences; lastValue is null while it has never been used. */
    public record Sequence(String name, long startValue, @Nullable Long lastValue) {
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
