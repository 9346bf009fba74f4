package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campfair.roster.BedNights;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;
import org.campfair.roster.RosterStay;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the working roster a page at a time, so that the roster page of a camp with hundreds
 * of participants fetches only the rows the browser shows.
 */
@Component
public class RosterPageQueries {

    static final String SHIFTS = """
            select s.id, t.name as task, site.name as site, s.day, s.start_time, s.end_time,
                s.min_headcount, s.max_headcount, s.needs_lead
            from shift s join task t on t.id = s.task_id join site on site.id = t.site_id
            """;
    static final String STAYS = """
            select p.id, p.nickname, p.arrives_on, p.departs_on, h.name as house, r.name as room,
                b.label as bed, coalesce(a.pinned, false) as pinned
            from participant p
            left join bed_assignment a on a.participant_id = p.id
            left join bed b on b.id = a.bed_id left join room r on r.id = b.room_id
            left join house h on h.id = r.house_id
            """;

    private final JdbcClient jdbc;

    RosterPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int countShiftsOn(long campId, LocalDate day) {
        return jdbc.sql("select count(*) from shift s join task t on t.id = s.task_id where t.camp_id = ? and s.day = ?")
                .params(campId, day).query(Integer.class).single();
    }

    public List<RosterShift> shiftsOn(long campId, LocalDate day, int offset, int limit) {
        var shifts = jdbc.sql(SHIFTS + """
                where t.camp_id = ? and s.day = ? order by s.start_time, t.name, s.id offset ? limit ?""")
                .params(campId, day, offset, limit).query(RosterPageQueries::shift).list();
        return withSeats(shifts);
    }

    /**
     * Every shift the participant holds a seat on, in time order, with that seat and the minutes
     * confirmed for it at check-in during the camp (null while nobody marked it).
     */
    public List<HeldSeat> seatsOf(long participantId) {
        record Row(RosterShift shift, int seat, @Nullable Integer confirmedMinutes) {
        }
        var rows = jdbc.sql(SHIFTS.replace("select s.id,",
                        "select a.seat as held_seat, c.confirmed_minutes, s.id,") + """
                join seat_assignment a on a.shift_id = s.id
                left join seat_check_in c on c.shift_id = a.shift_id and c.seat = a.seat
                    and c.participant_id = a.participant_id
                where a.participant_id = ? order by s.day, s.start_time""")
                .param(participantId).query((rs, row) -> new Row(shift(rs, row), rs.getInt("held_seat"),
                        rs.getObject("confirmed_minutes", Integer.class))).list();
        Map<Long, RosterShift> shifts = new LinkedHashMap<>();
        withSeats(rows.stream().map(Row::shift).toList()).forEach(shift -> shifts.put(shift.shiftId(), shift));
        return rows.stream().map(row -> {
            RosterShift shift = shifts.get(row.shift().shiftId());
            boolean pinned = row.seat() < shift.seats().size() && shift.seats().get(row.seat()).pinned();
            return new HeldSeat(shift, row.seat(), pinned, row.confirmedMinutes());
        }).toList();
    }

    /** A seat someone holds: the shift with all its seats, which one is theirs, and its confirmed minutes. */
    public record HeldSeat(RosterShift shift, int seat, boolean pinned, @Nullable Integer confirmedMinutes) {
    }

    public int countStays(long campId) {
        return jdbc.sql("select count(*) from participant where camp_id = ?").param(campId).query(Integer.class)
                .single();
    }

    public List<RosterStay> stays(long campId, int offset, int limit) {
        return jdbc.sql(STAYS + "where p.camp_id = ? order by p.nickname, p.id offset ? limit ?")
                .params(campId, offset, limit).query(RosterPageQueries::stay).list();
    }

    public Optional<RosterStay> stay(long campId, long participantId) {
        return jdbc.sql(STAYS + "where p.camp_id = ? and p.id = ?")
                .params(campId, participantId).query(RosterPageQueries::stay).optional();
    }

    /**
     * The fair share: mean over everyone of shift hours per day at camp, people without shifts
     * included, counting the minutes confirmed at check-in for marked seats as fairness does.
     */
    public double fairHoursPerDay(long campId) {
        return jdbc.sql("""
                select coalesce(avg(coalesce(w.minutes, 0) / 60.0 / greatest(1, p.departs_on - p.arrives_on + 1)), 0)
                from participant p left join (
                    select a.participant_id, sum(coalesce(c.confirmed_minutes,
                        extract(epoch from (s.end_time - s.start_time)) / 60)) as minutes
                    from seat_assignment a join shift s on s.id = a.shift_id
                    left join seat_check_in c on c.shift_id = a.shift_id and c.seat = a.seat
                        and c.participant_id = a.participant_id
                    where a.participant_id is not null group by a.participant_id) w on w.participant_id = p.id
                where p.camp_id = ?""")
                .param(campId).query(Double.class).single();
    }

    /** Every bed of one house of the camp, room by room, with who sleeps in it. */
    public List<BedNights> house(long campId, long houseId) {
        Map<Long, List<BedNights.Sleeper>> sleepers = new LinkedHashMap<>();
        jdbc.sql("""
                select a.bed_id, p.id, p.nickname, p.arrives_on, p.departs_on, a.pinned from bed_assignment a
                join participant p on p.id = a.participant_id join bed b on b.id = a.bed_id
                join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.id = ? and h.camp_id = ? order by p.arrives_on, p.nickname""")
                .params(houseId, campId)
                .query((ResultSet rs) -> {
                    sleepers.computeIfAbsent(rs.getLong("bed_id"), id -> new ArrayList<>()).add(new BedNights.Sleeper(
                            rs.getLong("id"), rs.getString("nickname"), rs.getObject("arrives_on", LocalDate.class),
                            rs.getObject("departs_on", LocalDate.class), rs.getBoolean("pinned")));
                });
        return jdbc.sql("""
                select b.id, r.name as room, b.label from bed b join room r on r.id = b.room_id
                join house h on h.id = r.house_id where h.id = ? and h.camp_id = ? order by r.name, b.label""")
                .params(houseId, campId)
                .query((rs, row) -> new BedNights(rs.getLong("id"), rs.getString("room"), rs.getString("label"),
                        sleepers.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The shifts with every seat, filled ones from the database and the rest empty. */
    private List<RosterShift> withSeats(List<RosterShift> shifts) {
        if (shifts.isEmpty()) {
            return shifts;
        }
        Map<Long, List<RosterSeat>> filled = new LinkedHashMap<>();
        jdbc.sql("""
                select a.shift_id, a.seat, a.participant_id, p.nickname, a.pinned from seat_assignment a
                left join participant p on p.id = a.participant_id where a.shift_id in (:ids)""")
                .param("ids", shifts.stream().map(RosterShift::shiftId).toList())
                .query((ResultSet rs) -> {
                    filled.computeIfAbsent(rs.getLong("shift_id"), id -> new ArrayList<>()).add(seat(rs));
                });
        return shifts.stream().map(s -> seated(s, filled.getOrDefault(s.shiftId(), List.of()))).toList();
    }

    /** A filled seat from a row of {@code seat_assignment} joined to the participant's nickname. */
    static RosterSeat seat(ResultSet rs) throws SQLException {
        long participant = rs.getLong("participant_id");
        Long participantId = rs.wasNull() ? null : participant;
        return new RosterSeat(rs.getInt("seat"), participantId, rs.getString("nickname"), rs.getBoolean("pinned"));
    }

    /** The shift with every seat up to its maximum: the filled ones, the rest empty. */
    static RosterShift seated(RosterShift shift, List<RosterSeat> filled) {
        var seats = new ArrayList<RosterSeat>();
        for (int seat = 0; seat < shift.maxHeadcount(); seat++) {
            seats.add(new RosterSeat(seat, null, null, false));
        }
        filled.stream().filter(seat -> seat.seat() < shift.maxHeadcount()).forEach(seat -> seats.set(seat.seat(), seat));
        return new RosterShift(shift.shiftId(), shift.task(), shift.site(), shift.day(), shift.start(), shift.end(),
                shift.minHeadcount(), shift.maxHeadcount(), shift.needsLead(), List.copyOf(seats));
    }

    static RosterShift shift(ResultSet rs, int row) throws SQLException {
        return new RosterShift(rs.getLong("id"), rs.getString("task"), rs.getString("site"),
                rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), rs.getInt("min_headcount"), rs.getInt("max_headcount"),
                rs.getBoolean("needs_lead"), List.of());
    }

    static RosterStay stay(ResultSet rs, int row) throws SQLException {
        return new RosterStay(rs.getLong("id"), rs.getString("nickname"), rs.getObject("arrives_on", LocalDate.class),
                rs.getObject("departs_on", LocalDate.class), rs.getString("house"), rs.getString("room"),
                rs.getString("bed"), rs.getBoolean("pinned"));
    }
}
