package org.campfair.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.calendar.CalendarEntry;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.FeedSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The events every feed shows, with the SEQUENCE each has reached (table calendar_event). */
@Component
public class CalendarEventStore {

    /** Clients that ignore STATUS:CANCELLED in a subscription still show the word. */
    static final String CANCELLED_PREFIX = "Cancelled: ";

    private static final String ENTRY_COLUMNS = """
            uid, summary, description, location, latitude, longitude, starts_at, ends_at, modified_at, sequence,
            cancelled_at is not null as cancelled""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CalendarEventStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Map<EventKey, StoredEvent> storedEvents(long campId) {
        Map<EventKey, StoredEvent> events = new HashMap<>();
        jdbc.sql("""
                select feed_kind, uid, subject_id, content_hash, sequence, cancelled_at is not null as cancelled
                from calendar_event where camp_id = ?""")
                .param(campId)
                .query(rs -> {
                    var key = new EventKey(FeedKind.valueOf(rs.getString("feed_kind")), rs.getString("uid"));
                    events.put(key, new StoredEvent(key, rs.getLong("subject_id"), rs.getBytes("content_hash"),
                            rs.getInt("sequence"), rs.getBoolean("cancelled")));
                });
        return events;
    }

    /** Writes a publication's changes; every changed event gets the publication's time as its DTSTAMP. */
    public void apply(long campId, List<EventChange> changes, Instant publishedAt) {
        Timestamp at = Timestamp.from(publishedAt);
        var upserts = changes.stream().filter(change -> change.content() != null).toList();
        batch.batchUpdate("""
                insert into calendar_event (camp_id, feed_kind, subject_id, uid, content_hash, sequence, modified_at,
                    cancelled_at, summary, description, location, latitude, longitude, starts_at, ends_at)
                values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?)
                on conflict (feed_kind, uid) do update set subject_id = excluded.subject_id,
                    content_hash = excluded.content_hash, sequence = excluded.sequence,
                    modified_at = excluded.modified_at, cancelled_at = null, summary = excluded.summary,
                    description = excluded.description, location = excluded.location,
                    latitude = excluded.latitude, longitude = excluded.longitude, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at""", upserts, 1000, (ps, change) -> {
                    EventContent content = change.content();
                    ps.setLong(1, campId);
                    ps.setString(2, content.kind().name());
                    ps.setLong(3, content.subjectId());
                    ps.setString(4, content.uid());
                    ps.setBytes(5, content.hash());
                    ps.setInt(6, change.sequence());
                    ps.setTimestamp(7, at);
                    ps.setString(8, content.summary());
                    ps.setString(9, content.description());
                    ps.setString(10, content.location());
                    setDouble(ps, 11, content.latitude());
                    setDouble(ps, 12, content.longitude());
                    ps.setObject(13, content.start());
                    ps.setObject(14, content.end());
                });
        var cancellations = changes.stream().filter(change -> change.type() == EventChange.Type.CANCELLED).toList();
        batch.batchUpdate("""
                update calendar_event set sequence = ?, modified_at = ?, cancelled_at = ?
                where feed_kind = ? and uid = ?""", cancellations, 1000, (ps, change) -> {
                    ps.setInt(1, change.sequence());
                    ps.setTimestamp(2, at);
                    ps.setTimestamp(3, at);
                    ps.setString(4, change.key().kind().name());
                    ps.setString(5, change.key().uid());
                });
    }

    /** One feed's events; cancelled ones only while they were cancelled after {@code cancelledSince}. */
    public List<CalendarEntry> entriesOf(FeedSubject feed, Instant cancelledSince) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                 from calendar_event
                where camp_id = ? and feed_kind = ? and subject_id = ? and (cancelled_at is null or cancelled_at > ?)""")
                .params(feed.campId(), feed.kind().name(), feed.subjectId(), Timestamp.from(cancelledSince))
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** Every participant's events in one query, by participant id, for the organizers' download. */
    public Map<Long, List<CalendarEntry>> participantEntries(long campId, Instant cancelledSince) {
        Map<Long, List<CalendarEntry>> bySubject = new HashMap<>();
        jdbc.sql("select subject_id, " + ENTRY_COLUMNS + """
                 from calendar_event
                where camp_id = ? and feed_kind = 'PARTICIPANT' and (cancelled_at is null or cancelled_at > ?)""")
                .params(campId, Timestamp.from(cancelledSince))
                .query(rs -> {
                    bySubject.computeIfAbsent(rs.getLong("subject_id"), id -> new ArrayList<>()).add(entry(rs));
                });
        return bySubject;
    }

    /** The named events as they stand now, for invites about exactly these. */
    public List<CalendarEntry> entries(FeedKind kind, Collection<String> uids) {
        if (uids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ENTRY_COLUMNS + " from calendar_event where feed_kind = ? and uid = any (?)")
                .params(kind.name(), uids.toArray(String[]::new))
                .query((rs, row) -> entry(rs))
                .list();
    }

    private static CalendarEntry entry(ResultSet rs) throws SQLException {
        boolean cancelled = rs.getBoolean("cancelled");
        String summary = rs.getString("summary");
        return new CalendarEntry(rs.getString("uid"), cancelled ? CANCELLED_PREFIX + summary : summary,
                rs.getString("description"), rs.getString("location"), nullableDouble(rs, "latitude"),
                nullableDouble(rs, "longitude"), rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class), rs.getTimestamp("modified_at").toInstant(),
                rs.getInt("sequence"), cancelled, List.of());
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, @Nullable Double value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
