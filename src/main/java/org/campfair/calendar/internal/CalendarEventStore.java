package org.campfair.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.campfair.calendar.CalendarEntry;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.FeedSubject;
import org.campfair.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The events every feed shows, with the SEQUENCE each has reached (table calendar_event). */
@Component
public class CalendarEventStore {


    private static final String ENTRY_COLUMNS = """
            uid, summary, description, location, latitude, longitude, starts_at, ends_at, modified_at, sequence,
            cancelled_at is not null as cancelled""";

    /** Rows per statement: large enough to be fast, small enough for modest memory. */
    private static final int CHUNK = 5000;

    private final JdbcClient jdbc;

    CalendarEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * Writes a publication's changes; every changed event gets the publication's time as its
     * DTSTAMP. One statement per few thousand rows, the rows passed as arrays and unnested:
     * a first publication of a large camp writes tens of thousands of events, and row-by-row
     * batches took seconds.
     */
    public void apply(long campId, List<EventChange> changes, Instant publishedAt) {
        Timestamp at = Timestamp.from(publishedAt);
        var upserts = changes.stream().filter(change -> change.content() != null).toList();
        for (int from = 0; from < upserts.size(); from += CHUNK) {
            upsert(campId, upserts.subList(from, Math.min(upserts.size(), from + CHUNK)), at);
        }
        var cancellations = changes.stream().filter(change -> change.type() == EventChange.Type.CANCELLED).toList();
        for (int from = 0; from < cancellations.size(); from += CHUNK) {
            cancel(cancellations.subList(from, Math.min(cancellations.size(), from + CHUNK)), at);
        }
    }

    private void upsert(long campId, List<EventChange> changes, Timestamp at) {
        int n = changes.size();
        String[] kinds = new String[n];
        Long[] subjects = new Long[n];
        String[] uids = new String[n];
        byte[][] hashes = new byte[n][];
        Integer[] sequences = new Integer[n];
        String[] summaries = new String[n];
        String[] descriptions = new String[n];
        String[] locations = new String[n];
        Double[] latitudes = new Double[n];
        Double[] longitudes = new Double[n];
        String[] starts = new String[n];
        String[] ends = new String[n];
        for (int i = 0; i < n; i++) {
            var change = changes.get(i);
            EventContent content = Objects.requireNonNull(change.content());
            kinds[i] = content.kind().name();
            subjects[i] = content.subjectId();
            uids[i] = content.uid();
            hashes[i] = content.hash();
            sequences[i] = change.sequence();
            summaries[i] = content.summary();
            descriptions[i] = content.description();
            locations[i] = content.location();
            latitudes[i] = content.latitude();
            longitudes[i] = content.longitude();
            starts[i] = content.start().toString();
            ends[i] = content.end().toString();
        }
        jdbc.sql("""
                insert into calendar_event (camp_id, feed_kind, subject_id, participant_id, uid, content_hash, sequence,
                    modified_at, cancelled_at, summary, description, location, latitude, longitude, starts_at, ends_at)
                select :camp, k, s, case when k = 'PARTICIPANT' then s end, u, h, q, :at, null, su, d, l, la, lo,
                    st::timestamp, en::timestamp
                from unnest(:kinds::text[], :subjects::bigint[], :uids::text[], :hashes::bytea[], :sequences::int[],
                    :summaries::text[], :descriptions::text[], :locations::text[], :latitudes::float8[],
                    :longitudes::float8[], :starts::text[], :ends::text[])
                    as x (k, s, u, h, q, su, d, l, la, lo, st, en)
                on conflict (feed_kind, uid) do update set subject_id = excluded.subject_id,
                    participant_id = excluded.participant_id, content_hash = excluded.content_hash, sequence = excluded.sequence,
                    modified_at = excluded.modified_at, cancelled_at = null, summary = excluded.summary,
                    description = excluded.description, location = excluded.location,
                    latitude = excluded.latitude, longitude = excluded.longitude, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at""")
                .param("camp", campId).param("at", at).param("kinds", kinds).param("subjects", subjects)
                .param("uids", uids).param("hashes", hashes).param("sequences", sequences)
                .param("summaries", summaries).param("descriptions", descriptions).param("locations", locations)
                .param("latitudes", latitudes).param("longitudes", longitudes).param("starts", starts)
                .param("ends", ends)
                .update();
    }

    private void cancel(List<EventChange> changes, Timestamp at) {
        jdbc.sql("""
                update calendar_event e set sequence = x.q, modified_at = :at, cancelled_at = :at
                from unnest(:kinds::text[], :uids::text[], :sequences::int[]) as x (k, u, q)
                where e.feed_kind = x.k and e.uid = x.u""")
                .param("at", at)
                .param("kinds", changes.stream().map(change -> change.key().kind().name()).toArray(String[]::new))
                .param("uids", changes.stream().map(change -> change.key().uid()).toArray(String[]::new))
                .param("sequences", changes.stream().map(EventChange::sequence).toArray(Integer[]::new))
                .update();
    }

    /**
     * One feed's events, cancelled ones only while they were cancelled after
     * {@code cancelledSince}; in a fixed order, so an unchanged feed is an equal value.
     * Cancelled events say so in {@code language} in their summary too.
     */
    public List<CalendarEntry> entriesOf(FeedSubject feed, Instant cancelledSince, Locale language) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                 from calendar_event
                where camp_id = ? and feed_kind = ? and subject_id = ? and (cancelled_at is null or cancelled_at > ?)
                order by starts_at, uid""")
                .params(feed.campId(), feed.kind().name(), feed.subjectId(), Timestamp.from(cancelledSince))
                .query((rs, row) -> entry(rs, language))
                .list();
    }

    /**
     * Every participant's events in one query, by participant id, for the organizers' download;
     * cancelled events say so in the participant's language.
     */
    public Map<Long, List<CalendarEntry>> participantEntries(long campId, Instant cancelledSince) {
        Map<Long, List<CalendarEntry>> bySubject = new HashMap<>();
        jdbc.sql("select subject_id, (select language from participant p where p.id = participant_id) as owner_language, "
                + ENTRY_COLUMNS + """
                 from calendar_event
                where camp_id = ? and feed_kind = 'PARTICIPANT' and (cancelled_at is null or cancelled_at > ?)
                order by subject_id, starts_at, uid""")
                .params(campId, Timestamp.from(cancelledSince))
                .query(rs -> {
                    bySubject.computeIfAbsent(rs.getLong("subject_id"), id -> new ArrayList<>())
                            .add(entry(rs, Translations.language(rs.getString("owner_language"))));
                });
        return bySubject;
    }

    /** The named events as they stand now, for invites about exactly these, for a reader of {@code language}. */
    public List<CalendarEntry> entries(FeedKind kind, Collection<String> uids, Locale language) {
        if (uids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ENTRY_COLUMNS + " from calendar_event where feed_kind = ? and uid = any (?)")
                .params(kind.name(), uids.toArray(String[]::new))
                .query((rs, row) -> entry(rs, language))
                .list();
    }

    // Clients that ignore STATUS:CANCELLED in a subscription still show the word.
    private static CalendarEntry entry(ResultSet rs, Locale language) throws SQLException {
        boolean cancelled = rs.getBoolean("cancelled");
        String summary = rs.getString("summary");
        return new CalendarEntry(rs.getString("uid"),
                cancelled ? Translations.text(language, "calendar.event.cancelled", summary) : summary,
                rs.getString("description"), rs.getString("location"), nullableDouble(rs, "latitude"),
                nullableDouble(rs, "longitude"), rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class), rs.getTimestamp("modified_at").toInstant(),
                rs.getInt("sequence"), cancelled, List.of());
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

}
