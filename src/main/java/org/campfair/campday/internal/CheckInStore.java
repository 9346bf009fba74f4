package org.campfair.campday.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.campfair.campday.CheckInState;
import org.campfair.campday.MarkableShift;
import org.campfair.campday.OwnSeat;
import org.campfair.campday.SeatCheckIn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ins and check-in code secrets in PostgreSQL; published seats are read, never written. */
@Repository
public class CheckInStore {

    /** What a check-in needs to know about a shift: its camp, village, times and lead rule. */
    public record ShiftFacts(long shiftId, long campId, long villageId, String task, String site, LocalDate day,
            LocalTime start, LocalTime end, ZoneId zone, LocalDate campStarts, LocalDate campEnds) {

        public int plannedMinutes() {
            return (int) java.time.Duration.between(start, end).toMinutes();
        }
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ShiftFacts> shift(long shiftId) {
        return jdbc.sql("""
                select s.id, t.camp_id, si.village_id, t.name as task, si.name as site, s.day, s.start_time, s.end_time,
                       c.time_zone, c.starts_on, c.ends_on
                from shift s join task t on t.id = s.task_id join site si on si.id = t.site_id
                join camp c on c.id = t.camp_id where s.id = ?""")
                .param(shiftId)
                .query((rs, row) -> new ShiftFacts(rs.getLong("id"), rs.getLong("camp_id"), rs.getLong("village_id"),
                        rs.getString("task"), rs.getString("site"), rs.getObject("day", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        ZoneId.of(rs.getString("time_zone")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }

    /**
     * The shift's seats in the camp's latest publication, with their marks. A mark made for
     * someone who no longer holds the seat (a later publication moved it) does not count.
     * A lead is a returning participant with the task's skills on a shift that needs one.
     */
    public List<SeatCheckIn> publishedSeats(ShiftFacts shift) {
        return jdbc.sql("""
                select ps.seat, p.id as participant_id, p.nickname,
                       (s.needs_lead and p.is_returning and p.skills @> t.required_skills) as lead,
                       c.state, coalesce(c.confirmed_minutes, 0) as confirmed_minutes, coalesce(c.version, 0) as version
                from published_seat ps
                join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                join participant p on p.id = ps.participant_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where ps.shift_id = ? and ps.publication_id = (select max(id) from publication where camp_id = ?)
                order by ps.seat""")
                .params(shift.shiftId(), shift.campId())
                .query((rs, row) -> {
                    String state = rs.getString("state");
                    return new SeatCheckIn(shift.shiftId(), rs.getInt("seat"), rs.getLong("participant_id"),
                            rs.getString("nickname"), rs.getBoolean("lead"), shift.plannedMinutes(),
                            state == null ? null : CheckInState.valueOf(state), rs.getInt("confirmed_minutes"),
                            rs.getInt("version"));
                })
                .list();
    }

    /**
     * A participant's seats in their camp's latest publication with their marks, by the same
     * lead rule as {@link #publishedSeats}. A mark made for someone else on the seat is not theirs.
     */
    public List<OwnSeat> ownSeats(long participantId) {
        return jdbc.sql("""
                select ps.shift_id, ps.seat, (s.needs_lead and p.is_returning and p.skills @> t.required_skills) as lead,
                       c.state, extract(epoch from (s.end_time - s.start_time))::int / 60 as planned_minutes,
                       coalesce(c.confirmed_minutes, 0) as confirmed_minutes
                from participant p
                join published_seat ps on ps.participant_id = p.id and ps.publication_id = (select id from publication
                    where camp_id = p.camp_id order by published_at desc, id desc limit 1)
                join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where p.id = ?
                order by s.day, s.start_time, ps.shift_id""")
                .param(participantId)
                .query((rs, row) -> {
                    String state = rs.getString("state");
                    return new OwnSeat(rs.getLong("shift_id"), rs.getInt("seat"), rs.getBoolean("lead"),
                            state == null ? null : CheckInState.valueOf(state), rs.getInt("planned_minutes"),
                            rs.getInt("confirmed_minutes"));
                })
                .list();
    }

    /**
     * Writes a mark if the seat is still as the marker saw it (version {@code seen}, 0 for
     * unmarked). False when someone else marked it in between: nothing is written then.
     */
    public boolean mark(SeatCheckIn seen, CheckInState state, int minutes, @Nullable Long markedBy, Instant at) {
        if (seen.version() == 0) {
            return jdbc.sql("""
                    insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_by,
                        marked_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, 1)
                    on conflict (shift_id, seat) do update set participant_id = excluded.participant_id,
                        state = excluded.state, confirmed_minutes = excluded.confirmed_minutes,
                        marked_by = excluded.marked_by, marked_at = excluded.marked_at, version = seat_check_in.version + 1
                    where seat_check_in.participant_id <> excluded.participant_id""")
                    .params(seen.shiftId(), seen.seat(), seen.participantId(), state.name(), minutes, markedBy,
                            Timestamp.from(at))
                    .update() == 1;
        }
        return jdbc.sql("""
                update seat_check_in set state = ?, confirmed_minutes = ?, marked_by = ?, marked_at = ?,
                    version = version + 1
                where shift_id = ? and seat = ? and participant_id = ? and version = ?""")
                .params(state.name(), minutes, markedBy, Timestamp.from(at), seen.shiftId(), seen.seat(),
                        seen.participantId(), seen.version())
                .update() == 1;
    }

    /** The camp's check-in code secret, made on first use; a scan only reads it. */
    public byte[] codeSecret(long campId, Instant now) {
        var stored = jdbc.sql("select secret from camp_check_in_key where camp_id = ?").param(campId)
                .query(byte[].class).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // Two first uses at once: the one inserted first is everyone's.
        jdbc.sql("insert into camp_check_in_key (camp_id, secret, created_at) values (?, ?, ?) on conflict do nothing")
                .params(campId, fresh, Timestamp.from(now)).update();
        return jdbc.sql("select secret from camp_check_in_key where camp_id = ?").param(campId)
                .query(byte[].class).single();
    }

    /** A new secret: every check-in code shown or printed before stops working. */
    public void renewCodeSecret(long campId, Instant now) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("""
                insert into camp_check_in_key (camp_id, secret, created_at) values (?, ?, ?)
                on conflict (camp_id) do update set secret = excluded.secret, created_at = excluded.created_at""")
                .params(campId, fresh, Timestamp.from(now)).update();
    }

    /**
     * The day's published shifts that the account may mark: every shift of the camps an
     * organizer organizes, a host's village's shifts, or the shifts a participant leads.
     */
    public List<MarkableShift> markableOn(String username, LocalDate day) {
        return jdbc.sql("""
                with me as (select id, role, all_camps, village_id, participant_id from app_user
                            where username = :username and enabled),
                latest as (select camp_id, max(id) as id from publication group by camp_id)
                select s.id, c.name as camp, t.name as task, si.name as site, s.day, s.start_time, s.end_time,
                       count(ps.seat) as seats, count(ci.seat) as marked
                from shift s join task t on t.id = s.task_id join site si on si.id = t.site_id
                join camp c on c.id = t.camp_id join latest l on l.camp_id = c.id
                join published_seat ps on ps.publication_id = l.id and ps.shift_id = s.id
                left join seat_check_in ci on ci.shift_id = s.id and ci.seat = ps.seat
                    and ci.participant_id = ps.participant_id
                cross join me
                where s.day = :day and (
                    (me.role = 'ORGANIZER' and (me.all_camps
                        or exists (select 1 from camp_organizer g where g.user_id = me.id and g.camp_id = c.id)))
                    or (me.role = 'HOST' and si.village_id = me.village_id
                        and exists (select 1 from camp_host_village h where h.camp_id = c.id and h.village_id = me.village_id))
                    or (me.role = 'PARTICIPANT' and s.needs_lead and exists (
                        select 1 from published_seat mine join participant p on p.id = mine.participant_id
                        where mine.publication_id = l.id and mine.shift_id = s.id and p.id = me.participant_id
                          and p.is_returning and p.skills @> t.required_skills)))
                group by s.id, c.name, t.name, si.name, s.day, s.start_time, s.end_time
                order by s.start_time, t.name""")
                .param("username", username).param("day", day)
                .query((rs, row) -> new MarkableShift(rs.getLong("id"), rs.getString("camp"), rs.getString("task"),
                        rs.getString("site"), rs.getObject("day", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getInt("seats"), rs.getInt("marked")))
                .list();
    }

    public Optional<Long> userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).optional();
    }
}
