package org.campfair.roster;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.campfair.shared.security.CampAccess;

/**
 * Reads the latest published roster, the only one participants, hosts and their calendars
 * ever see. Co-workers and leads appear by nickname only.
 */
@Service
@Transactional(readOnly = true)
public class PublishedRosterService {

    private static final String LATEST = """
            (select id from publication where camp_id = p.camp_id order by published_at desc, id desc limit 1)""";

    private final JdbcClient jdbc;
    private final CampAccess access;
    private final Clock clock;

    PublishedRosterService(JdbcClient jdbc, CampAccess access, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PublishedShift> shiftsOf(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return jdbc.sql("""
                select s.id, ps.seat, t.name as task, t.description, t.what_to_bring, site.name as site,
                    site.address, site.latitude, site.longitude, s.day, s.start_time, s.end_time, pub.published_at,
                    array(select o.nickname from published_seat x join participant o on o.id = x.participant_id
                          where x.publication_id = ps.publication_id and x.shift_id = s.id and o.id <> p.id
                          order by o.nickname) as coworkers,
                    (select o.nickname from published_seat x join participant o on o.id = x.participant_id
                          where x.publication_id = ps.publication_id and x.shift_id = s.id and o.is_returning
                            and s.needs_lead order by x.seat limit 1) as lead
                from participant p
                join published_seat ps on ps.participant_id = p.id and ps.publication_id = %s
                join publication pub on pub.id = ps.publication_id
                join shift s on s.id = ps.shift_id join task t on t.id = s.task_id join site on site.id = t.site_id
                where p.id = ? order by s.day, s.start_time""".formatted(LATEST))
                .param(participantId)
                .query((rs, row) -> new PublishedShift(rs.getLong("id"), rs.getInt("seat"), rs.getString("task"),
                        rs.getString("description"), rs.getString("what_to_bring"), rs.getString("site"),
                        rs.getString("address"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                        rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class), texts(rs.getArray("coworkers")),
                        rs.getString("lead"), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /**
     * The participant's published hours against those confirmed at check-in; a mark counts only
     * while the seat is still theirs in the latest publication. "Started" is judged in the
     * camp's time zone.
     */
    public PublishedHours hoursOf(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        record Row(LocalDateTime start, long planned, @Nullable Integer confirmed, ZoneId zone) {
        }
        var rows = jdbc.sql("""
                select s.day, s.start_time, extract(epoch from (s.end_time - s.start_time)) / 60 as planned,
                    c.confirmed_minutes, camp.time_zone
                from participant p join camp on camp.id = p.camp_id
                join published_seat ps on ps.participant_id = p.id and ps.publication_id = %s
                join shift s on s.id = ps.shift_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where p.id = ?""".formatted(LATEST))
                .param(participantId)
                .query((rs, row) -> new Row(rs.getObject("day", LocalDate.class)
                        .atTime(rs.getObject("start_time", LocalTime.class)), rs.getLong("planned"),
                        rs.getObject("confirmed_minutes", Integer.class), ZoneId.of(rs.getString("time_zone"))))
                .list();
        long planned = rows.stream().mapToLong(Row::planned).sum();
        long confirmed = rows.stream().filter(r -> r.confirmed() != null).mapToLong(Row::confirmed).sum();
        int notConfirmedYet = (int) rows.stream().filter(r -> r.confirmed() == null
                && r.start().isBefore(LocalDateTime.now(clock.withZone(r.zone())))).count();
        return new PublishedHours(planned, confirmed, notConfirmedYet);
    }

    public Optional<PublishedStay> stayOf(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return jdbc.sql("""
                select p.id, h.name as house, h.address, h.latitude, h.longitude, r.name as room, b.label,
                    p.arrives_on, p.departs_on, pub.published_at
                from participant p
                join published_bed pb on pb.participant_id = p.id and pb.publication_id = %s
                join publication pub on pub.id = pb.publication_id
                join bed b on b.id = pb.bed_id join room r on r.id = b.room_id join house h on h.id = r.house_id
                where p.id = ?""".formatted(LATEST))
                .param(participantId)
                .query((rs, row) -> new PublishedStay(rs.getLong("id"), rs.getString("house"), rs.getString("address"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("room"),
                        rs.getString("label"), rs.getObject("arrives_on", LocalDate.class),
                        rs.getObject("departs_on", LocalDate.class), rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
