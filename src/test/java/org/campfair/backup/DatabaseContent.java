package org.campfair.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, to compare two: per table its row count and an order-independent
 * digest of every row's text, every sequence's state, and the applied Flyway migrations.
 */
record DatabaseContent(Map<String, String> tables, Map<String, String> sequences, List<String> migrations) {

    static DatabaseContent of(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            // Row text of timestamptz depends on the session's time zone: the same for both sides.
            statement.execute("set TimeZone = 'UTC'");
        }
        var tables = new TreeMap<String, String>();
        for (String table : strings(connection, """
                select tablename from pg_tables where schemaname = current_schema()
                and tablename <> 'flyway_schema_history' order by 1""")) {
            tables.put(table, strings(connection, "select count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                    + " from \"" + table + "\" t").getFirst());
        }
        var sequences = new TreeMap<String, String>();
        for (String line : strings(connection, """
                select sequencename || '=' || coalesce(last_value::text, 'unused') from pg_sequences
                where schemaname = current_schema() order by 1""")) {
            sequences.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        var migrations = strings(connection, "select to_regclass('flyway_schema_history') is not null").getFirst().equals("t")
                ? strings(connection, """
                        select version || ' ' || checksum || ' ' || success from flyway_schema_history
                        where version is not null order by installed_rank""")
                : List.<String>of();
        return new DatabaseContent(tables, sequences, migrations);
    }

    long rows(String table) {
        return Long.parseLong(tables.get(table).split(":")[0]);
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        var result = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
