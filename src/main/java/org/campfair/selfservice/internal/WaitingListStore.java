package org.campfair.selfservice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campfair.selfservice.WaitingListEntry;
import org.campfair.selfservice.WaitingSeatOffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes waiting lists and the seats held for the people on them. Free seats are
 * counted as the roster offers them: empty in the working roster and in the latest
 * publication, and not pinned empty.
 */
@Component
public class WaitingListStore {

    /** First key of the advisory lock; the second is the camp id. "SSW" in ASCII. */
    private static final int LOCK_SPACE = 0x535357;

    private static final String FREE_SEATS = """
            select s.id, s.task_id, s.day, s.start_time, c.time_zone,
                (select count(*) from generate_series(0, s.max_headcount - 1) as n(seat)
                 where not exists (select 1 from seat_assignment a where a.shift_id = s.id and a.seat = n.seat
                                   and (a.participant_id is not null or a.pinned))
                   and not exists (select 1 from published_seat p where p.publication_id = l.id
                                   and p.shift_id = s.id and p.seat = n.seat)) as free
            from shift s join task t on t.id = s.task_id join camp c on c.id = t.camp_id
            cross join lateral (select id from publication where camp_id = t.camp_id
                                order by published_at desc, id desc limit 1) l
            where t.camp_id = :camp and (s.day + s.start_time) > (cast(:now as timestamptz) at time zone c.time_zone)
            """;

    private static final String OFFERS = """
            select o.id, o.task_id, o.shift_id, t.name, site.name, s.day, s.start_time, s.end_time, o.expires_at
            from waiting_seat_offer o join shift s on s.id = o.shift_id join task t on t.id = s.task_id
            join site on site.id = t.site_id
            """;

    private final JdbcClient jdbc;

    WaitingListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A future shift with its free seats now. */
    public record ShiftSeats(long shiftId, long taskId, Instant starts, int free) {
    }

    /**
     * A seat held for someone on a waiting list, open until it expires; {@code giveAway} when it
     * is a seat someone gave away that nobody took (it is theirs until taken, so no free seat).
     */
    public record Held(long offerId, long taskId, long shiftId, long participantId, Instant offeredAt,
            boolean giveAway) {
    }

    /** A give-away nobody took in time, passed to its task's waiting list: the giver's seat of the shift. */
    public record GivenSeat(long seatOfferId, long taskId, long shiftId, int seat, long giverId, Instant starts) {
    }

    /**
     * Taken shared by every participant's own seat taking and exclusively while seats are
     * offered to waiting lists, until the transaction ends: a seat is never both offered to the
     * next person on a list and taken by someone else in the same moment. Takers do not wait
     * for each other.
     */
    public void lockShared(long campId) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?, ?)").params(LOCK_SPACE, (int) campId)
                .query((rs, row) -> 1).list();
    }

    public void lockExclusive(long campId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) campId).query((rs, row) -> 1).list();
    }

    /**
     * True when nobody of the camp is on a waiting list or holds a seat from one, and nobody is
     * offering seats or joining a list right now (no exclusive lock): then offering after a
     * publication has nothing to do, and whoever offers next reads the seats as they are now.
     * Checked under the shared lock, released at once, so that after each take of a rush this
     * does not wait for the other takes in flight, as the exclusive lock would.
     */
    public boolean nothingWaiting(long campId) {
        if (!jdbc.sql("select pg_try_advisory_lock_shared(?, ?)").params(LOCK_SPACE, (int) campId)
                .query(Boolean.class).single()) {
            return false;
        }
        try {
            return jdbc.sql("""
                    select not exists (select 1 from waiting_list_entry where camp_id = ?)
                       and not exists (select 1 from waiting_seat_offer where camp_id = ? and closed_at is null)""")
                    .params(campId, campId).query(Boolean.class).single();
        } finally {
            jdbc.sql("select pg_advisory_unlock_shared(?, ?)").params(LOCK_SPACE, (int) campId)
                    .query(Boolean.class).single();
        }
    }

    public Optional<Long> campOfTask(long taskId) {
        return jdbc.sql("select camp_id from task where id = ?").param(taskId).query(Long.class).optional();
    }

    /** The camp's future shifts, soonest first, each with its free seats; none before publication. */
    public List<ShiftSeats> futureShifts(long campId, Instant now) {
        return jdbc.sql(FREE_SEATS + " order by s.day, s.start_time, s.id").param("camp", campId)
                .param("now", Timestamp.from(now)).query(WaitingListStore::shiftSeats).list();
    }

    /** The future shifts of tasks that someone waits for, soonest first. */
    public List<ShiftSeats> waitedForShifts(long campId, Instant now) {
        return jdbc.sql(FREE_SEATS + """
                 and t.id in (select task_id from waiting_list_entry where camp_id = :camp)
                order by s.day, s.start_time, s.id""")
                .param("camp", campId).param("now", Timestamp.from(now)).query(WaitingListStore::shiftSeats).list();
    }

    /** The free seats of one shift in the latest publication and the working roster; 0 when it is not open. */
    public int freeSeats(long campId, long shiftId, Instant now) {
        return freeSeatsIfOpen(campId, shiftId, now).orElse(0);
    }

    /**
     * The free seats of one shift of the camp that has not started, in a published camp; empty
     * when it is another camp's, started, or nothing is published yet.
     */
    public Optional<Integer> freeSeatsIfOpen(long campId, long shiftId, Instant now) {
        return jdbc.sql(FREE_SEATS + " and s.id = :shift").param("camp", campId).param("now", Timestamp.from(now))
                .param("shift", shiftId).query(WaitingListStore::shiftSeats).optional().map(ShiftSeats::free);
    }

    /** True when the participant has a seat of the shift in the working roster. */
    public boolean holds(long participantId, long shiftId) {
        return jdbc.sql("select exists (select 1 from seat_assignment where shift_id = ? and participant_id = ?)")
                .params(shiftId, participantId).query(Boolean.class).single();
    }

    /** Per shift, the seats held now for people other than {@code participantId}. */
    public Map<Long, Integer> heldForOthers(long campId, long participantId, Instant now) {
        var held = new HashMap<Long, Integer>();
        jdbc.sql("""
                select shift_id, count(*) from waiting_seat_offer
                where camp_id = ? and participant_id <> ? and closed_at is null and expires_at > ?
                    and seat_offer_id is null
                group by shift_id""")
                .params(campId, participantId, Timestamp.from(now))
                .query((rs, row) -> held.put(rs.getLong(1), rs.getInt(2))).list();
        return held;
    }

    /** Joins the task's list; false when already on it. */
    public boolean join(long campId, long taskId, long participantId, Instant now) {
        try {
            return jdbc.sql("""
                    insert into waiting_list_entry (camp_id, task_id, participant_id, joined_at) values (?, ?, ?, ?)""")
                    .params(campId, taskId, participantId, Timestamp.from(now)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean leave(long taskId, long participantId) {
        return jdbc.sql("delete from waiting_list_entry where task_id = ? and participant_id = ?")
                .params(taskId, participantId).update() == 1;
    }

    public int listsOf(long participantId) {
        return jdbc.sql("select count(*) from waiting_list_entry where participant_id = ?").param(participantId)
                .query(Integer.class).single();
    }

    /** The participant's waiting lists with their place on each (1 is next), by task name. */
    public List<WaitingListEntry> entriesOf(long participantId) {
        return jdbc.sql("""
                select e.task_id, t.name,
                    (select count(*) from waiting_list_entry o where o.task_id = e.task_id
                     and (o.joined_at, o.id) <= (e.joined_at, e.id)) as position,
                    (select count(*) from waiting_list_entry o where o.task_id = e.task_id) as length
                from waiting_list_entry e join task t on t.id = e.task_id
                where e.participant_id = ? order by t.name""")
                .param(participantId)
                .query((rs, row) -> new WaitingListEntry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** Per task of the camp that someone waits for, the people waiting in order (first come first). */
    public Map<Long, List<Long>> queues(long campId) {
        var queues = new HashMap<Long, List<Long>>();
        jdbc.sql("select task_id, participant_id from waiting_list_entry where camp_id = ? order by joined_at, id")
                .param(campId)
                .query((rs, row) -> queues.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return queues;
    }

    /** Every (shift, person) the camp has held a seat for, as "shift/person": nobody gets a shift twice. */
    public Set<String> everOffered(long campId) {
        return new HashSet<>(jdbc.sql("select shift_id || '/' || participant_id from waiting_seat_offer where camp_id = ?")
                .param(campId).query(String.class).list());
    }

    /** The camp's open holds, oldest first. */
    public List<Held> open(long campId) {
        return jdbc.sql("""
                select id, task_id, shift_id, participant_id, offered_at, seat_offer_id is not null
                from waiting_seat_offer where camp_id = ? and closed_at is null order by offered_at, id""")
                .param(campId)
                .query((rs, row) -> new Held(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
    }

    /** Closes the camp's holds that ran out; returns how many. */
    public int expire(long campId, Instant now) {
        return jdbc.sql("""
                update waiting_seat_offer set closed_at = ?, outcome = 'EXPIRED'
                where camp_id = ? and closed_at is null and expires_at <= ?""")
                .params(Timestamp.from(now), campId, Timestamp.from(now)).update();
    }

    /**
     * The camps with a hold that ran out and is not closed yet, or with a give-away of a
     * waited-for task that nobody took before it ran out.
     */
    public List<Long> campsWithExpiredHolds(Instant now) {
        return jdbc.sql("""
                select camp_id from waiting_seat_offer where closed_at is null and expires_at <= :now
                union
                select o.camp_id from seat_offer o join shift s on s.id = o.shift_id
                where o.kind = 'GIVE' and o.closed_at is null and o.taken_by is null and o.expires_at <= :now
                    and s.task_id in (select task_id from waiting_list_entry)""")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /**
     * Closes the camp's give-aways that nobody took before they ran out and whose task someone
     * waits for, as passed to the waiting list; returns how many.
     */
    public int passExpiredGiveAways(long campId, Instant now) {
        return jdbc.sql("""
                update seat_offer o set closed_at = :now, outcome = 'WAITING_LIST'
                from shift s where s.id = o.shift_id and o.camp_id = :camp and o.kind = 'GIVE'
                    and o.closed_at is null and o.taken_by is null and o.expires_at <= :now
                    and s.task_id in (select task_id from waiting_list_entry where camp_id = :camp)""")
                .param("now", Timestamp.from(now)).param("camp", campId).update();
    }

    /** The give-aways passed to a waiting list whose shift has not started and that nobody holds now, soonest first. */
    public List<GivenSeat> giveAwaysToOffer(long campId, Instant now) {
        return jdbc.sql("""
                select o.id, s.task_id, o.shift_id, o.seat, o.offered_by, s.day, s.start_time, c.time_zone
                from seat_offer o join shift s on s.id = o.shift_id join camp c on c.id = o.camp_id
                where o.camp_id = :camp and o.outcome = 'WAITING_LIST' and o.taken_by is null
                    and (s.day + s.start_time) > (cast(:now as timestamptz) at time zone c.time_zone)
                    and not exists (select 1 from waiting_seat_offer w where w.seat_offer_id = o.id
                                    and w.closed_at is null)
                order by s.day, s.start_time, o.id""")
                .param("camp", campId).param("now", Timestamp.from(now))
                .query((rs, row) -> new GivenSeat(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getLong(5), rs.getObject(6, LocalDate.class).atTime(rs.getObject(7, LocalTime.class))
                                .atZone(ZoneId.of(rs.getString(8))).toInstant()))
                .list();
    }

    /** Nobody on the list can take the give-away: the seat stays with the giver. */
    public void giveAwayUnclaimed(long seatOfferId) {
        jdbc.sql("update seat_offer set outcome = 'EXPIRED' where id = ? and outcome = 'WAITING_LIST'")
                .param(seatOfferId).update();
    }

    /** The give-away a hold came from, if it came from one. */
    public Optional<GivenSeat> givenSeat(long holdId) {
        return jdbc.sql("""
                select o.id, s.task_id, o.shift_id, o.seat, o.offered_by, s.day, s.start_time, c.time_zone
                from waiting_seat_offer w join seat_offer o on o.id = w.seat_offer_id join shift s on s.id = o.shift_id
                join camp c on c.id = o.camp_id where w.id = ?""")
                .param(holdId)
                .query((rs, row) -> new GivenSeat(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getLong(5), rs.getObject(6, LocalDate.class).atTime(rs.getObject(7, LocalTime.class))
                                .atZone(ZoneId.of(rs.getString(8))).toInstant()))
                .optional();
    }

    /** The give-away passed to a waiting list was taken by {@code takerId}. */
    public void giveAwayTaken(long seatOfferId, long takerId) {
        jdbc.sql("update seat_offer set taken_by = ?, outcome = 'GIVEN' where id = ? and outcome = 'WAITING_LIST'")
                .params(takerId, seatOfferId).update();
    }

    public long hold(long campId, long taskId, long shiftId, long participantId, Instant now, Instant expires) {
        return hold(campId, taskId, shiftId, participantId, now, expires, null);
    }

    /** A hold of a free seat or, with {@code seatOfferId}, of a give-away passed to the list. */
    public long hold(long campId, long taskId, long shiftId, long participantId, Instant now, Instant expires,
            @org.jspecify.annotations.Nullable Long seatOfferId) {
        return jdbc.sql("""
                insert into waiting_seat_offer (camp_id, task_id, shift_id, participant_id, offered_at, expires_at,
                    seat_offer_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(campId, taskId, shiftId, participantId, Timestamp.from(now), Timestamp.from(expires),
                        seatOfferId)
                .query(Long.class).single();
    }

    public void close(long offerId, String outcome, Instant now) {
        jdbc.sql("update waiting_seat_offer set closed_at = ?, outcome = ? where id = ? and closed_at is null")
                .params(Timestamp.from(now), outcome, offerId).update();
    }

    /** Closes the participant's open holds of a shift or, with {@code shiftId} null, of a task. */
    public void closeOwn(long participantId, long taskId, String outcome, Instant now) {
        jdbc.sql("""
                update waiting_seat_offer set closed_at = ?, outcome = ?
                where participant_id = ? and task_id = ? and closed_at is null""")
                .params(Timestamp.from(now), outcome, participantId, taskId).update();
    }

    /** The participant's open, unexpired hold, locked until the transaction ends; empty when gone. */
    public Optional<WaitingSeatOffer> lockOpen(long offerId, long participantId, Instant now) {
        return jdbc.sql(OFFERS + """
                where o.id = ? and o.participant_id = ? and o.closed_at is null and o.expires_at > ? for update of o""")
                .params(offerId, participantId, Timestamp.from(now)).query(WaitingListStore::offer).optional();
    }

    /**
     * How the participant's hold ended (TAKEN, DECLINED, EXPIRED, GONE), EXPIRED for one that ran
     * out and is not closed yet; empty when there is no such hold of theirs, or it is still open.
     */
    public Optional<String> endOf(long offerId, long participantId, Instant now) {
        return jdbc.sql("""
                select coalesce(outcome, 'EXPIRED') from waiting_seat_offer
                where id = ? and participant_id = ? and (closed_at is not null or expires_at <= ?)""")
                .params(offerId, participantId, Timestamp.from(now)).query(String.class).optional();
    }

    /** The seats held for the participant now, soonest shift first. */
    public List<WaitingSeatOffer> openFor(long participantId, Instant now) {
        return jdbc.sql(OFFERS + """
                where o.participant_id = ? and o.closed_at is null and o.expires_at > ? order by s.day, s.start_time""")
                .params(participantId, Timestamp.from(now)).query(WaitingListStore::offer).list();
    }

    /** Task names by id, for the tasks of the camp given. */
    public Map<Long, String> taskNames(long campId) {
        var names = new HashMap<Long, String>();
        jdbc.sql("select id, name from task where camp_id = ?").param(campId)
                .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    private static ShiftSeats shiftSeats(ResultSet rs, int row) throws SQLException {
        var starts = rs.getObject(3, LocalDate.class).atTime(rs.getObject(4, LocalTime.class))
                .atZone(ZoneId.of(rs.getString(5))).toInstant();
        return new ShiftSeats(rs.getLong(1), rs.getLong(2), starts, rs.getInt(6));
    }

    private static WaitingSeatOffer offer(ResultSet rs, int row) throws SQLException {
        return new WaitingSeatOffer(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalTime.class), rs.getObject(8, LocalTime.class),
                rs.getTimestamp(9).toInstant());
    }
}
