package org.campfair.backup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the catalog says about the app's schema (the connection's current schema): its
 * tables, their columns, foreign keys and sequences. Backup and restore both read it, so a
 * table added by a later migration is backed up without anyone listing it here.
 */
final class Schema {

    /** Flyway's own bookkeeping: a restore rebuilds it by migrating, so it is not copied. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private Schema() {
    }

    /** The app's tables, by name, without Flyway's history. */
    static List<String> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.prepareStatement("""
                select tablename from pg_tables where schemaname = current_schema() and tablename <> ?
                order by tablename""")) {
            statement.setString(1, FLYWAY_HISTORY);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** Every column COPY can write and read back, in table order (generated columns are computed again). */
    static List<String> columns(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var statement = connection.prepareStatement("""
                select a.attname from pg_attribute a
                join pg_class c on c.oid = a.attrelid and c.relnamespace = current_schema()::regnamespace
                where c.relname = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /**
     * The tables in an order in which every table comes after the tables it refers to, so
     * rows can be loaded with the foreign keys checked as they go. A table referring to
     * itself is fine (PostgreSQL checks a COPY's references at the end of the statement).
     */
    static List<String> inDependencyOrder(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> refersTo = new HashMap<>();
        tables.forEach(table -> refersTo.put(table, new TreeSet<>()));
        try (var statement = connection.prepareStatement("""
                select c.relname, r.relname from pg_constraint k
                join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
                where k.contype = 'f' and k.connamespace = current_schema()::regnamespace""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String referred = rows.getString(2);
                if (refersTo.containsKey(table) && refersTo.containsKey(referred) && !table.equals(referred)) {
                    refersTo.get(table).add(referred);
                }
            }
        }
        var ordered = new LinkedHashMap<String, Boolean>();
        for (String table : new TreeSet<>(tables)) {
            visit(table, refersTo, ordered, new ArrayList<>());
        }
        return List.copyOf(ordered.keySet());
    }

    private static void visit(String table, Map<String, Set<String>> refersTo, Map<String, Boolean> ordered,
            List<String> path) {
        if (ordered.containsKey(table)) {
            return;
        }
        if (path.contains(table)) {
            throw new IllegalStateException("The tables refer to each other in a circle: " + path + " -> " + table);
        }
        path.add(table);
        for (String referred : refersTo.get(table)) {
            visit(referred, refersTo, ordered, path);
        }
        path.removeLast();
        ordered.put(table, true);
    }

    /** The last successfully applied Flyway version, e.g. "12"; empty before the first migration. */
    static Optional<String> flywayVersion(Connection connection) throws SQLException {
        try (var exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, quote(FLYWAY_HISTORY));
            try (var rows = exists.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return Optional.empty();
                }
            }
        }
        try (var statement = connection.prepareStatement("select version from " + quote(FLYWAY_HISTORY)
                + " where success and version is not null order by installed_rank desc limit 1");
                var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    static List<Manifest.Sequence> sequences(Connection connection) throws SQLException {
        var sequences = new ArrayList<Manifest.Sequence>();
        try (var statement = connection.prepareStatement("""
                select sequencename, start_value, last_value from pg_sequences
                where schemaname = current_schema() order by sequencename""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                long last = rows.getLong(3);
                Long lastValue = rows.wasNull() ? null : last;
                sequences.add(new Manifest.Sequence(rows.getString(1), rows.getLong(2), lastValue));
            }
        }
        return sequences;
    }

    /** A quoted SQL identifier, so that a name read from a backup can never become SQL. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Schema::quote).toList());
    }
}
