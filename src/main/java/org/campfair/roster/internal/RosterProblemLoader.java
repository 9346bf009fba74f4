package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.TimeWindow;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the planning problem of a camp from the database: the one place where rows become
 * Timefold's planning model. Every shift gets as many seats as its maximum headcount; the
 * current assignments and pins come from the working roster.
 */
@Component
public class RosterProblemLoader {

    private final JdbcClient jdbc;

    RosterProblemLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Roster load(long campId) {
        var volunteers = volunteers(campId);
        Map<Long, Volunteer> byId = new HashMap<>();
        volunteers.forEach(v -> byId.put(v.getId(), v));
        var shifts = shifts(campId);
        var beds = beds(campId);
        Map<Long, Bed> bedsById = new HashMap<>();
        beds.forEach(b -> bedsById.put(b.getId(), b));
        return new Roster(campId, volunteers, shifts, beds, seats(campId, shifts, byId), stays(volunteers, bedsById));
    }

    private List<Volunteer> volunteers(long campId) {
        Map<Long, List<TimeWindow>> unavailable = new HashMap<>();
        jdbc.sql("""
                select u.participant_id, u.starts_at, u.ends_at from participant_unavailability u
                join participant p on p.id = u.participant_id where p.camp_id = ?""")
                .param(campId)
                .query((ResultSet rs) -> {
                    unavailable.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new TimeWindow(
                            rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class)));
                });
        return jdbc.sql("""
                select id, nickname, skills, is_returning, arrives_on, departs_on, max_hours_per_day,
                    intensity_comfort, needs_private_room, needs_step_free, gender
                from participant where camp_id = ? order by id""")
                .param(campId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    String gender = rs.getString("gender");
                    return new Volunteer(id, rs.getString("nickname"), textSet(rs, "skills"),
                            rs.getBoolean("is_returning"), rs.getObject("arrives_on", LocalDate.class),
                            rs.getObject("departs_on", LocalDate.class), unavailable.getOrDefault(id, List.of()),
                            rs.getInt("max_hours_per_day"), Intensity.valueOf(rs.getString("intensity_comfort")),
                            rs.getBoolean("needs_private_room"), rs.getBoolean("needs_step_free"),
                            gender == null ? null : Gender.valueOf(gender));
                })
                .list();
    }

    private List<Shift> shifts(long campId) {
        return jdbc.sql("""
                select s.id, t.name, t.required_skills, t.intensity, s.day, s.start_time, s.end_time,
                    s.min_headcount, s.max_headcount, s.needs_lead, site.latitude, site.longitude
                from shift s join task t on t.id = s.task_id join site on site.id = t.site_id
                where t.camp_id = ? order by s.day, s.start_time, s.id""")
                .param(campId)
                .query((rs, row) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    return new Shift(rs.getLong("id"), rs.getString("name"), textSet(rs, "required_skills"),
                            Intensity.valueOf(rs.getString("intensity")),
                            day.atTime(rs.getObject("start_time", LocalTime.class)),
                            day.atTime(rs.getObject("end_time", LocalTime.class)),
                            rs.getInt("min_headcount"), rs.getInt("max_headcount"), rs.getBoolean("needs_lead"),
                            rs.getDouble("latitude"), rs.getDouble("longitude"));
                })
                .list();
    }

    private List<Bed> beds(long campId) {
        return jdbc.sql("""
                select b.id, b.label, r.id as room_id, r.name as room_name, h.id as house_id,
                    h.name as house_name, r.private, r.step_free, r.quiet, r.rule, h.latitude, h.longitude
                from bed b join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.camp_id = ? order by h.id, r.id, b.id""")
                .param(campId)
                .query((rs, row) -> {
                    String rule = rs.getString("rule");
                    return new Bed(rs.getLong("id"), rs.getString("label"), rs.getLong("room_id"),
                            rs.getString("room_name"), rs.getLong("house_id"), rs.getString("house_name"),
                            rs.getBoolean("private"), rs.getBoolean("step_free"), rs.getBoolean("quiet"),
                            rule == null ? null : RoomRule.valueOf(rule), rs.getDouble("latitude"),
                            rs.getDouble("longitude"));
                })
                .list();
    }

    private List<Seat> seats(long campId, List<Shift> shifts, Map<Long, Volunteer> volunteers) {
        record Assigned(Long participantId, boolean pinned) {
        }
        Map<String, Assigned> assigned = new HashMap<>();
        jdbc.sql("""
                select a.shift_id, a.seat, a.participant_id, a.pinned from seat_assignment a
                join shift s on s.id = a.shift_id join task t on t.id = s.task_id where t.camp_id = ?""")
                .param(campId)
                .query((ResultSet rs) -> {
                    long participant = rs.getLong("participant_id");
                    assigned.put(SeatIds.of(rs.getLong("shift_id"), rs.getInt("seat")),
                            new Assigned(rs.wasNull() ? null : participant, rs.getBoolean("pinned")));
                });
        var seats = new ArrayList<Seat>();
        for (Shift shift : shifts) {
            for (int index = 0; index < shift.getMaxHeadcount(); index++) {
                String id = SeatIds.of(shift.getId(), index);
                var current = assigned.get(id);
                var volunteer = current == null || current.participantId() == null
                        ? null : volunteers.get(current.participantId());
                seats.add(new Seat(id, shift, index, volunteer, current != null && current.pinned()));
            }
        }
        return seats;
    }

    private List<Stay> stays(List<Volunteer> volunteers, Map<Long, Bed> beds) {
        Map<Long, Long> bedOf = new HashMap<>();
        Map<Long, Boolean> pinned = new HashMap<>();
        if (!volunteers.isEmpty()) {
            jdbc.sql("select participant_id, bed_id, pinned from bed_assignment where participant_id in (:ids)")
                    .param("ids", volunteers.stream().map(Volunteer::getId).toList())
                    .query((ResultSet rs) -> {
                        long bed = rs.getLong("bed_id");
                        if (!rs.wasNull()) {
                            bedOf.put(rs.getLong("participant_id"), bed);
                        }
                        pinned.put(rs.getLong("participant_id"), rs.getBoolean("pinned"));
                    });
        }
        return volunteers.stream()
                .map(v -> new Stay(v.getId(), v, bedOf.containsKey(v.getId()) ? beds.get(bedOf.get(v.getId())) : null,
                        pinned.getOrDefault(v.getId(), false)))
                .toList();
    }

    private static java.util.Set<String> textSet(ResultSet rs, String column) throws SQLException {
        return new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }
}
