package org.campfair.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.campfair.calendar.internal.PublishedCamp.Shift;
import org.campfair.calendar.internal.PublishedCamp.Stay;
import org.campfair.calendar.internal.PublishedCamp.Volunteer;
import org.campfair.shared.i18n.Translations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a whole publication in three queries, for every feed of the camp at once. The roster
 * module reads one participant at a time; building hundreds of feeds that way would cost
 * thousands of queries per publication.
 */
@Component
public class PublishedCampReader {

    /** The latest publication of a camp and whether the calendar events already follow it. */
    public record Latest(long publicationId, Instant publishedAt, boolean applied) {
    }

    private final JdbcClient jdbc;

    PublishedCampReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Same order as the roster module's notion of "latest", so both always agree.
    public Optional<Latest> latest(long campId) {
        return jdbc.sql("""
                select p.id, p.published_at,
                    exists (select 1 from calendar_publication c where c.publication_id = p.id) as applied
                from publication p where p.camp_id = ? order by p.published_at desc, p.id desc limit 1""")
                .param(campId)
                .query((rs, row) -> new Latest(rs.getLong("id"), rs.getTimestamp("published_at").toInstant(),
                        rs.getBoolean("applied")))
                .optional();
    }

    public PublishedCamp read(long campId, long publicationId, Instant publishedAt) {
        Locale language = Translations.language(jdbc.sql("select language from camp where id = ?").param(campId)
                .query(String.class).single());
        return new PublishedCamp(campId, publicationId, publishedAt, language, shifts(campId, publicationId),
                stays(campId, publicationId));
    }

    private List<Shift> shifts(long campId, long publicationId) {
        Map<Long, List<Volunteer>> volunteers = volunteers(campId, publicationId);
        return jdbc.sql("""
                select s.id, t.name as task, t.description, t.what_to_bring, site.name as site, site.address,
                    site.latitude, site.longitude, v.id as village_id, v.name as village, s.day, s.start_time,
                    s.end_time, s.needs_lead, s.max_headcount
                from shift s join task t on t.id = s.task_id join site on site.id = t.site_id
                join host_village v on v.id = site.village_id
                where t.camp_id = ? order by s.day, s.start_time, s.id""")
                .param(campId)
                .query((rs, row) -> new Shift(rs.getLong("id"), rs.getString("task"), rs.getString("description"),
                        rs.getString("what_to_bring"), rs.getString("site"), rs.getString("address"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getLong("village_id"),
                        rs.getString("village"), rs.getObject("day", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getBoolean("needs_lead"), rs.getInt("max_headcount"),
                        volunteers.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private Map<Long, List<Volunteer>> volunteers(long campId, long publicationId) {
        Map<Long, List<Volunteer>> byShift = new HashMap<>();
        jdbc.sql("""
                select ps.shift_id, p.id, p.nickname, p.is_returning, p.language
                from published_seat ps join participant p on p.id = ps.participant_id
                where ps.publication_id = ? and p.camp_id = ? order by ps.shift_id, ps.seat""")
                .params(publicationId, campId)
                .query(rs -> {
                    byShift.computeIfAbsent(rs.getLong("shift_id"), id -> new ArrayList<>())
                            .add(new Volunteer(rs.getLong("id"), rs.getString("nickname"),
                                    rs.getBoolean("is_returning"), Translations.language(rs.getString("language"))));
                });
        return byShift;
    }

    private List<Stay> stays(long campId, long publicationId) {
        return jdbc.sql("""
                select p.id, p.nickname, p.language, h.id as house_id, h.name as house, h.address, h.latitude, h.longitude,
                    r.name as room, b.label, p.arrives_on, p.departs_on
                from published_bed pb join participant p on p.id = pb.participant_id
                join bed b on b.id = pb.bed_id join room r on r.id = b.room_id join house h on h.id = r.house_id
                where pb.publication_id = ? and p.camp_id = ? order by p.id""")
                .params(publicationId, campId)
                .query((rs, row) -> new Stay(rs.getLong("id"), rs.getString("nickname"),
                        Translations.language(rs.getString("language")), rs.getLong("house_id"),
                        rs.getString("house"), rs.getString("address"), rs.getDouble("latitude"),
                        rs.getDouble("longitude"), rs.getString("room"), rs.getString("label"),
                        rs.getObject("arrives_on", LocalDate.class), rs.getObject("departs_on", LocalDate.class)))
                .list();
    }
}
