package org.campfair.shared;

import static org.campfair.shared.StaleRecordException.requireChanged;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A set-up table (house, room, bed, task, shift, site) whose rows carry an optimistic {@code
 * version}, most with a name unique within their parent: how such a row is deleted, and whether
 * a name is taken, is the same for all of them. Table and column names are the repository's own
 * constants, never input.
 *
 * @param table the table, e.g. {@code "room"}
 * @param what the record's name in a {@link StaleRecordException}, e.g. {@code "Room"}
 */
public record VersionedTable(String table, String what) {

    /** Deletes the row as it was read; throws {@link StaleRecordException} when it changed since. */
    public void delete(JdbcClient jdbc, long id, int version) {
        requireChanged(jdbc.sql("delete from " + table + " where id = ? and version = ?").params(id, version).update(),
                what, id);
    }

    /**
     * Whether a row other than {@code exceptId} (0 for a new one) with the same parent, e.g.
     * {@code house_id}, has the name in {@code nameColumn}.
     */
    public boolean nameTaken(JdbcClient jdbc, String parentColumn, long parentId, String nameColumn, String name,
            long exceptId) {
        return jdbc.sql("select exists (select 1 from " + table + " where " + parentColumn + " = ? and " + nameColumn
                + " = ? and id <> ?)").params(parentId, name, exceptId).query(Boolean.class).single();
    }
}
