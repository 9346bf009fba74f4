package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campfair.roster.CampRoster;
import org.campfair.roster.RosterChange;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;
import org.campfair.roster.RosterStay;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campfair.roster.model.Roster;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saves solved rosters and reads the working roster back for views, the API and publishing. */
@Component
public class RosterStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RosterStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes a solution as the camp's working roster, seat by seat and stay by stay. Pin flags
     * in the database are left as they are: the solver never moves a pinned seat, and seats
     * pinned only for one solve (the past, in a re-plan) are written back unchanged.
     */
    public void save(Roster roster, Instant solvedAt) {
        saveAssignments(roster);
        saveResult(roster.getCampId(), roster.getScore(), solvedAt);
    }

    /**
     * Writes the roster's seats and stays, and only those: a window re-plan's roster holds the
     * window's seats alone, so every seat outside it stays as it is, untouched.
     */
    public void saveAssignments(Roster roster) {
        var filled = roster.getSeats().stream().filter(seat -> seat.getVolunteer() != null).toList();
        batch.batchUpdate("""
                insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)
                on conflict (shift_id, seat) do update set participant_id = excluded.participant_id,
                    version = seat_assignment.version + 1
                where seat_assignment.participant_id is distinct from excluded.participant_id""",
                filled, 500, (ps, seat) -> {
                    ps.setLong(1, seat.getShift().getId());
                    ps.setInt(2, seat.getIndex());
                    ps.setLong(3, seat.getVolunteer().getId());
                });
        var empty = roster.getSeats().stream().filter(seat -> seat.getVolunteer() == null).toList();
        batch.batchUpdate("""
                delete from seat_assignment where shift_id = ? and seat = ? and not pinned""",
                empty, 500, (ps, seat) -> {
                    ps.setLong(1, seat.getShift().getId());
                    ps.setInt(2, seat.getIndex());
                });
        batch.batchUpdate("""
                update seat_assignment set participant_id = null, version = version + 1
                where shift_id = ? and seat = ? and pinned and participant_id is not null""",
                empty, 500, (ps, seat) -> {
                    ps.setLong(1, seat.getShift().getId());
                    ps.setInt(2, seat.getIndex());
                });
        batch.batchUpdate("""
                insert into bed_assignment (participant_id, bed_id) values (?, ?)
                on conflict (participant_id) do update set bed_id = excluded.bed_id,
                    version = bed_assignment.version + 1
                where bed_assignment.bed_id is distinct from excluded.bed_id""",
                roster.getStays(), 500, (ps, stay) -> {
                    ps.setLong(1, stay.getVolunteer().getId());
                    ps.setObject(2, stay.getBed() == null ? null : stay.getBed().getId());
                });
    }

    /** The score of the camp's working roster, as status and publishing read it. */
    public void saveResult(long campId, @Nullable HardMediumSoftLongScore score, Instant solvedAt) {
        jdbc.sql("""
                insert into roster_result (camp_id, score, feasible, solved_at) values (?, ?, ?, ?)
                on conflict (camp_id) do update set score = excluded.score, feasible = excluded.feasible,
                    solved_at = excluded.solved_at""")
                .params(campId, String.valueOf(score), score != null && score.isFeasible(), Timestamp.from(solvedAt))
                .update();
    }

    public Optional<SolveStatus> lastResult(long campId) {
        return jdbc.sql("select score, feasible, solved_at from roster_result where camp_id = ?")
                .param(campId)
                .query((rs, row) -> new SolveStatus(campId, SolveState.NOT_SOLVING, rs.getString("score"),
                        rs.getBoolean("feasible"), rs.getTimestamp("solved_at").toInstant()))
                .optional();
    }

    public CampRoster load(long campId) {
        Map<Long, List<RosterSeat>> seats = new LinkedHashMap<>();
        jdbc.sql("""
                select a.shift_id, a.seat, a.participant_id, p.nickname, a.pinned from seat_assignment a
                join shift s on s.id = a.shift_id join task t on t.id = s.task_id
                left join participant p on p.id = a.participant_id
                where t.camp_id = ? order by a.shift_id, a.seat""")
                .param(campId)
                .query((ResultSet rs) -> {
                    seats.computeIfAbsent(rs.getLong("shift_id"), id -> new ArrayList<>())
                            .add(RosterPageQueries.seat(rs));
                });
        var shifts = jdbc.sql(RosterPageQueries.SHIFTS + "where t.camp_id = ? order by s.day, s.start_time, t.name, s.id")
                .param(campId)
                .query(RosterPageQueries::shift).list().stream()
                .map(shift -> RosterPageQueries.seated(shift, seats.getOrDefault(shift.shiftId(), List.of())))
                .toList();
        var stays = jdbc.sql(RosterPageQueries.STAYS + "where p.camp_id = ? order by p.nickname")
                .param(campId)
                .query(RosterPageQueries::stay).list();
        return new CampRoster(campId, shifts, stays);
    }

    /** Freezes the working roster into a new publication and returns its id. */
    public long publish(long campId, String score, Instant at) {
        return publish(campId, score, at, null);
    }

    /** Freezes the working roster into a new publication by the named account (if any) and returns its id. */
    public long publish(long campId, String score, Instant at, @Nullable String username) {
        SeatTakingStore.lockPublications(jdbc, campId);
        // Never dated before a publication already written: "at" was read before the lock, and a
        // seat take that published meanwhile would otherwise stay the latest (PublishTakeRaceTest).
        long id = jdbc.sql("""
                insert into publication (camp_id, score, published_at, published_by)
                values (?, ?, greatest(?, (select max(published_at) from publication where camp_id = ?)),
                    (select id from app_user where username = ?)) returning id""")
                .params(campId, score, Timestamp.from(at), campId, username).query(Long.class).single();
        jdbc.sql("""
                insert into publication_seat (publication_id, shift_id, seat, participant_id)
                select ?, a.shift_id, a.seat, a.participant_id from seat_assignment a
                join shift s on s.id = a.shift_id join task t on t.id = s.task_id
                where t.camp_id = ? and a.participant_id is not null""")
                .params(id, campId).update();
        jdbc.sql("""
                insert into published_bed (publication_id, participant_id, bed_id)
                select ?, a.participant_id, a.bed_id from bed_assignment a
                join participant p on p.id = a.participant_id where p.camp_id = ? and a.bed_id is not null""")
                .params(id, campId).update();
        return id;
    }

    /** When the camp's roster was last published and by which account's name; empty if never. */
    public Optional<Published> latestPublication(long campId) {
        return jdbc.sql("""
                select p.published_at, u.username from publication p left join app_user u on u.id = p.published_by
                where p.camp_id = ? order by p.published_at desc, p.id desc limit 1""")
                .param(campId)
                .query((rs, row) -> new Published(rs.getTimestamp("published_at").toInstant(), rs.getString("username")))
                .optional();
    }

    /** A publication's time and the name of the account that made it (none when unknown). */
    public record Published(Instant at, @Nullable String by) {
    }

    /** How many participants the working roster gives a shift or a bed. */
    public int peopleOnRoster(long campId) {
        return jdbc.sql("""
                select count(*) from participant p where p.camp_id = ? and (
                    exists (select 1 from seat_assignment a where a.participant_id = p.id)
                    or exists (select 1 from bed_assignment b where b.participant_id = p.id and b.bed_id is not null))""")
                .param(campId).query(Integer.class).single();
    }

    /**
     * Puts a participant (or nobody) in a seat and pins it or not; the solver never moves a
     * pinned seat. Returns false when the shift is not the camp's or has no such seat.
     */
    public boolean assignSeat(long campId, long shiftId, int seat, @Nullable Long participantId, boolean pinned) {
        boolean exists = jdbc.sql("""
                select exists (select 1 from shift s join task t on t.id = s.task_id
                               where s.id = ? and t.camp_id = ? and ? >= 0 and ? < s.max_headcount)""")
                .params(shiftId, campId, seat, seat).query(Boolean.class).single();
        if (!exists) {
            return false;
        }
        jdbc.sql("""
                insert into seat_assignment (shift_id, seat, participant_id, pinned) values (?, ?, ?, ?)
                on conflict (shift_id, seat) do update set participant_id = excluded.participant_id,
                    pinned = excluded.pinned, version = seat_assignment.version + 1""")
                .params(shiftId, seat, participantId, pinned).update();
        return true;
    }

    /** Pins or unpins the seat as it is now. Returns false when the shift is not the camp's. */
    public boolean pinSeat(long campId, long shiftId, int seat, boolean pinned) {
        Long current = jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = ?")
                .params(shiftId, seat).query((rs, row) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                }).optional().orElse(null);
        return assignSeat(campId, shiftId, seat, current, pinned);
    }

    /** Pins or unpins a participant's bed as it is now. Returns false when they are not in the camp. */
    public boolean pinStay(long campId, long participantId, boolean pinned) {
        boolean exists = jdbc.sql("select exists (select 1 from participant where id = ? and camp_id = ?)")
                .params(participantId, campId).query(Boolean.class).single();
        if (exists) {
            jdbc.sql("""
                    insert into bed_assignment (participant_id, bed_id, pinned) values (?, null, ?)
                    on conflict (participant_id) do update set pinned = excluded.pinned,
                        version = bed_assignment.version + 1""")
                    .params(participantId, pinned).update();
        }
        return exists;
    }

    /** What the working roster changes against the latest publication; empty if never published. */
    public List<RosterChange> changesSincePublication(long campId) {
        Long publication = jdbc.sql("""
                select id from publication where camp_id = ? order by published_at desc, id desc limit 1""")
                .param(campId).query(Long.class).optional().orElse(null);
        if (publication == null) {
            return List.of();
        }
        var changes = new ArrayList<RosterChange>(jdbc.sql("""
                with working as (
                    select a.shift_id, a.seat, a.participant_id from seat_assignment a
                    join shift s on s.id = a.shift_id join task t on t.id = s.task_id
                    where t.camp_id = :camp and a.participant_id is not null),
                published as (
                    select shift_id, seat, participant_id from published_seat where publication_id = :publication)
                select t.name, s.day, s.start_time, coalesce(w.seat, p.seat) as seat,
                    before.nickname as before, after.nickname as after
                from working w full join published p on p.shift_id = w.shift_id and p.seat = w.seat
                join shift s on s.id = coalesce(w.shift_id, p.shift_id) join task t on t.id = s.task_id
                left join participant before on before.id = p.participant_id
                left join participant after on after.id = w.participant_id
                where p.participant_id is distinct from w.participant_id
                order by s.day, s.start_time, t.name, 4""")
                .param("camp", campId).param("publication", publication)
                .query((rs, row) -> new RosterChange(RosterChange.Kind.SEAT, rs.getString("name"),
                        rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                        rs.getInt("seat"), rs.getString("before"), rs.getString("after")))
                .list());
        changes.addAll(jdbc.sql("""
                select p.nickname,
                    (select h.name || ', ' || r.name || ', bed ' || b.label from published_bed pb
                     join bed b on b.id = pb.bed_id join room r on r.id = b.room_id join house h on h.id = r.house_id
                     where pb.publication_id = :publication and pb.participant_id = p.id) as before,
                    (select h.name || ', ' || r.name || ', bed ' || b.label from bed_assignment a
                     join bed b on b.id = a.bed_id join room r on r.id = b.room_id join house h on h.id = r.house_id
                     where a.participant_id = p.id) as after
                from participant p where p.camp_id = :camp order by p.nickname""")
                .param("camp", campId).param("publication", publication)
                .query((rs, row) -> new RosterChange(RosterChange.Kind.BED, null, null, null, null,
                        rs.getString("before") == null ? null : rs.getString("nickname") + ": " + rs.getString("before"),
                        rs.getString("after") == null ? null : rs.getString("nickname") + ": " + rs.getString("after")))
                .list().stream().filter(change -> !java.util.Objects.equals(change.before(), change.after())).toList());
        return changes;
    }
}

