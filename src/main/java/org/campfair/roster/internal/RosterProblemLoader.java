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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campfair.camp.CampStatus;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Preferences;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.TimeWindow;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the planning problem of a camp from the database: the one place where rows become
 * Timefold's planning model. Every shift gets as many seats as its maximum headcount; the
 * current assignments and pins come from the working roster. Once a camp is published, each
 * seat and stay also remembers its assignment in the latest publication, so that re-planning
 * can keep what participants already have in their calendars.
 */
@Component
public class RosterProblemLoader {

    /** Narrows a query of the camp's shifts (aliased {@code s}) to some of them. */
    private static final String ONLY_SHIFTS = " and s.id = any (?)";

    private final JdbcClient jdbc;
    private final RuleWeightStore ruleWeights;

    RosterProblemLoader(JdbcClient jdbc, RuleWeightStore ruleWeights) {
        this.jdbc = jdbc;
        this.ruleWeights = ruleWeights;
    }

    public Roster load(long campId) {
        return load(campId, null);
    }

    /**
     * The planning problem with everything before {@code frozenBefore} pinned for this solve
     * (not saved as pins): a re-plan after a dropout leaves the past as it happened, and
     * nobody is moved out of a bed they have already slept in.
     */
    public Roster load(long campId, @Nullable LocalDateTime frozenBefore) {
        return wholeCamp(campId, frozenBefore);
    }

    /**
     * As {@link #load(long, LocalDateTime)}, and with a window's end: a same-day absence
     * re-plans the seats of shifts starting from {@code frozenBefore} up to {@code frozenAfter}
     * alone, and nobody changes beds over one day away. The problem then holds only the window
     * ({@link RosterWindow}); with no end it is the whole camp's.
     */
    public Roster load(long campId, @Nullable LocalDateTime frozenBefore, @Nullable LocalDateTime frozenAfter) {
        return frozenAfter == null ? wholeCamp(campId, frozenBefore)
                : loadWindow(campId, frozenBefore, frozenAfter).window();
    }

    /**
     * A window re-plan's problem and the whole camp's it was cut from, in the same state: the
     * saved roster's score is the camp's, which differs from the window's only by a constant
     * ({@link WindowSolve}).
     */
    public WindowProblem loadWindow(long campId, @Nullable LocalDateTime from, LocalDateTime until) {
        var camp = wholeCamp(campId, from);
        // Inside the window, whoever is now away leaves their seat before the solve starts:
        // the solver only refills, so even a short, busy solve never keeps someone who
        // said they cannot come.
        camp.getSeats().stream().filter(seat -> RosterWindow.inWindow(seat.getShift(), from, until) && !seat.isPinned()
                        && seat.getVolunteer() != null
                        && !seat.getVolunteer().isAvailable(seat.getShift().getStart(), seat.getShift().getEnd()))
                .forEach(seat -> seat.setVolunteer(null));
        camp.getStays().stream().filter(stay -> stay.getBed() != null).forEach(stay -> stay.setPinned(true));
        return new WindowProblem(camp, RosterWindow.cut(camp, from, until));
    }

    private Roster wholeCamp(long campId, @Nullable LocalDateTime frozenBefore) {
        var roster = loadAll(campId);
        if (frozenBefore != null) {
            roster.getSeats().stream().filter(seat -> seat.getShift().getStart().isBefore(frozenBefore))
                    .forEach(seat -> seat.setPinned(true));
            roster.getStays().stream()
                    .filter(stay -> stay.getBed() != null
                            && stay.getVolunteer().getArrivesOn().atStartOfDay().isBefore(frozenBefore))
                    .forEach(stay -> stay.setPinned(true));
        }
        return roster;
    }

    private Roster loadAll(long campId) {
        return loadAll(campId, null, null);
    }

    /**
     * Every volunteer and bed of the camp, but only the shifts {@code only} with their seats, and
     * only {@code people} with their unavailability, wishes and bed (null: all of them). Everyone
     * else holds no seat there and weighs in only with their stay's dates and their load, as
     * facts. A seat take reads less still ({@link #loadPart}).
     */
    Roster loadAll(long campId, Long @Nullable [] only, Long @Nullable [] people) {
        var volunteers = volunteers(campId, people);
        Map<Long, Volunteer> byId = indexed(volunteers, Volunteer::getId);
        var shifts = shifts(campId, only);
        var beds = beds(campId);
        Map<Long, Bed> bedsById = indexed(beds, Bed::getId);
        var published = isPublished(campId) ? published(campId, only) : Published.NOTHING;
        var seats = seats(campId, shifts, byId, published, only);
        confirm(campId, seats, only);
        return new Roster(campId, volunteers, shifts, beds, seats, stays(volunteers, bedsById, published, people),
                weights(campId));
    }

    /**
     * As {@link #loadAll(long, Long[], Long[])} for a seat take, reading even less: of the
     * people only {@code people}, everyone else coming from {@code everyone} (the camp's
     * volunteers as {@link #everyone} read them, kept by {@link CampVolunteers}), and of the
     * beds only those {@code people} sleep in, in the working roster or as published. Nothing
     * else of a bed or of anyone else is read by the rules around a seat move: the bed rules cost
     * the same before and after it.
     */
    Roster loadPart(long campId, Long[] only, Long[] people, List<Volunteer> everyone) {
        Map<Long, Volunteer> fresh = indexed(volunteers(campId, people, true), Volunteer::getId);
        var volunteers = everyone.stream().map(volunteer -> fresh.getOrDefault(volunteer.getId(), volunteer)).toList();
        Map<Long, Volunteer> byId = indexed(volunteers, Volunteer::getId);
        var shifts = shifts(campId, only);
        var beds = beds(campId, people);
        Map<Long, Bed> bedsById = indexed(beds, Bed::getId);
        var published = isPublished(campId) ? published(campId, only, people) : Published.NOTHING;
        var seats = seats(campId, shifts, byId, published, only);
        confirm(campId, seats, only);
        return new Roster(campId, volunteers, shifts, beds, seats, stays(volunteers, bedsById, published, people),
                weights(campId));
    }

    /**
     * Every volunteer of the camp as facts alone: their stay, skills and limits, without
     * unavailability or wishes, which only the people a seat move concerns need.
     */
    List<Volunteer> everyone(long campId) {
        return volunteers(campId, new Long[0], false);
    }

    /**
     * What changes whenever a volunteer of the camp comes, goes or is edited (every edit of a
     * participant counts up its version): {@link CampVolunteers} keeps {@link #everyone} while
     * it stays the same.
     */
    String volunteersStamp(long campId) {
        return jdbc.sql("""
                select count(*) || '/' || coalesce(sum(id), 0) || '/' || coalesce(sum(version), 0)
                from participant where camp_id = ?""").param(campId).query(String.class).single();
    }

    /**
     * Seats marked at check-in during the camp (the camp-days feature's {@code seat_check_in})
     * carry their confirmed minutes and are pinned for this solve: they are history, and the
     * fairness of a re-plan counts what people really worked. A mark counts only while the seat
     * still holds the person it was made for; a check-in of "did not come" counts zero.
     */
    private void confirm(long campId, List<Seat> seats, Long @Nullable [] only) {
        Map<String, Long> confirmedParticipant = new HashMap<>();
        Map<String, Integer> confirmedMinutes = new HashMap<>();
        jdbc.sql("""
                select c.shift_id, c.seat, c.participant_id, c.confirmed_minutes from seat_check_in c
                join shift s on s.id = c.shift_id join task t on t.id = s.task_id where t.camp_id = ?"""
                + (only == null ? "" : ONLY_SHIFTS))
                .params(params(campId, only))
                .query((ResultSet rs) -> {
                    String id = SeatIds.of(rs.getLong("shift_id"), rs.getInt("seat"));
                    confirmedParticipant.put(id, rs.getLong("participant_id"));
                    confirmedMinutes.put(id, rs.getInt("confirmed_minutes"));
                });
        for (Seat seat : seats) {
            Long participant = confirmedParticipant.get(seat.getId());
            if (participant != null && seat.getVolunteer() != null && seat.getVolunteer().getId() == participant) {
                seat.confirm(confirmedMinutes.get(seat.getId()));
            }
        }
    }

    private List<Volunteer> volunteers(long campId, Long @Nullable [] people) {
        return volunteers(campId, people, false);
    }

    /** With {@code onlyPeople}, the rows of {@code people} alone; else everyone's, with their details alone. */
    private List<Volunteer> volunteers(long campId, Long @Nullable [] people, boolean onlyPeople) {
        Map<Long, List<TimeWindow>> unavailable = new HashMap<>();
        jdbc.sql("""
                select u.participant_id, u.starts_at, u.ends_at from participant_unavailability u
                join participant p on p.id = u.participant_id where p.camp_id = ?"""
                + (people == null ? "" : " and u.participant_id = any (?)"))
                .params(params(campId, people))
                .query((ResultSet rs) -> {
                    unavailable.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new TimeWindow(
                            rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class)));
                });
        var preferences = VolunteerPreferences.of(jdbc, campId, people);
        return jdbc.sql("""
                select id, nickname, skills, is_returning, arrives_on, departs_on, max_hours_per_day,
                    intensity_comfort, needs_private_room, needs_step_free, gender
                from participant where camp_id = ?""" + (onlyPeople ? " and id = any (?)" : "") + " order by id")
                .params(onlyPeople ? params(campId, people) : List.of(campId))
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    String gender = rs.getString("gender");
                    return new Volunteer(id, rs.getString("nickname"), textSet(rs, "skills"),
                            rs.getBoolean("is_returning"), rs.getObject("arrives_on", LocalDate.class),
                            rs.getObject("departs_on", LocalDate.class), unavailable.getOrDefault(id, List.of()),
                            rs.getInt("max_hours_per_day"), Intensity.valueOf(rs.getString("intensity_comfort")),
                            rs.getBoolean("needs_private_room"), rs.getBoolean("needs_step_free"),
                            gender == null ? null : Gender.valueOf(gender),
                            preferences.getOrDefault(id, Preferences.NONE));
                })
                .list();
    }

    private List<Shift> shifts(long campId, Long @Nullable [] only) {
        return jdbc.sql("""
                select s.id, t.id as task_id, t.name, t.required_skills, t.intensity, s.day, s.start_time,
                    s.end_time, s.min_headcount, s.max_headcount, s.needs_lead, site.name as site_name,
                    site.latitude, site.longitude
                from shift s join task t on t.id = s.task_id join site on site.id = t.site_id
                where t.camp_id = ?""" + (only == null ? "" : ONLY_SHIFTS) + " order by s.day, s.start_time, s.id")
                .params(params(campId, only))
                .query((rs, row) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    return new Shift(rs.getLong("id"), rs.getLong("task_id"), rs.getString("name"),
                            textSet(rs, "required_skills"), Intensity.valueOf(rs.getString("intensity")),
                            day.atTime(rs.getObject("start_time", LocalTime.class)),
                            day.atTime(rs.getObject("end_time", LocalTime.class)),
                            rs.getInt("min_headcount"), rs.getInt("max_headcount"), rs.getBoolean("needs_lead"),
                            rs.getString("site_name"), rs.getDouble("latitude"), rs.getDouble("longitude"));
                })
                .list();
    }

    private List<Bed> beds(long campId) {
        return beds(campId, null);
    }

    /** The camp's beds; with {@code people}, only those they sleep in, in the working roster or as published. */
    private List<Bed> beds(long campId, Long @Nullable [] people) {
        return jdbc.sql("""
                select b.id, b.label, r.id as room_id, r.name as room_name, h.id as house_id,
                    h.name as house_name, r.private, r.step_free, r.quiet, r.rule, h.latitude, h.longitude
                from bed b join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.camp_id = ?""" + (people == null ? "" : " " + """
                 and b.id in (select bed_id from bed_assignment where participant_id = any (?)
                              union select bed_id from published_bed where participant_id = any (?)
                                and publication_id = (select id from publication where camp_id = ?
                                                      order by published_at desc, id desc limit 1))""")
                + " order by h.id, r.id, b.id")
                .params(people == null ? List.of(campId) : List.of(campId, people, people, campId))
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

    private List<Seat> seats(long campId, List<Shift> shifts, Map<Long, Volunteer> volunteers,
            Published published, Long @Nullable [] only) {
        record Assigned(@Nullable Long participantId, boolean pinned) {
        }
        Map<String, Assigned> assigned = new HashMap<>();
        jdbc.sql("""
                select a.shift_id, a.seat, a.participant_id, a.pinned from seat_assignment a
                join shift s on s.id = a.shift_id join task t on t.id = s.task_id where t.camp_id = ?"""
                + (only == null ? "" : ONLY_SHIFTS))
                .params(params(campId, only))
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
                Long original = published.seats().get(id);
                seats.add(new Seat(id, shift, index, volunteer, current != null && current.pinned(),
                        original == null ? null : volunteers.get(original)));
            }
        }
        return seats;
    }

    private List<Stay> stays(List<Volunteer> volunteers, Map<Long, Bed> beds, Published published,
            Long @Nullable [] people) {
        Map<Long, Long> bedOf = new HashMap<>();
        Map<Long, Boolean> pinned = new HashMap<>();
        List<Long> ids = people != null ? List.of(people) : volunteers.stream().map(Volunteer::getId).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select participant_id, bed_id, pinned from bed_assignment where participant_id in (:ids)")
                    .param("ids", ids)
                    .query((ResultSet rs) -> {
                        long bed = rs.getLong("bed_id");
                        if (!rs.wasNull()) {
                            bedOf.put(rs.getLong("participant_id"), bed);
                        }
                        pinned.put(rs.getLong("participant_id"), rs.getBoolean("pinned"));
                    });
        }
        return volunteers.stream()
                .map(v -> new Stay(v.getId(), v, beds.get(bedOf.get(v.getId())),
                        pinned.getOrDefault(v.getId(), false), beds.get(published.beds().get(v.getId()))))
                .toList();
    }

    private boolean isPublished(long campId) {
        return jdbc.sql("select status from camp where id = ?").param(campId).query(String.class)
                .optional().map(status -> status.equals(CampStatus.PUBLISHED.name())).orElse(false);
    }

    /**
     * The latest publication, which is what participants have in their calendars. The working
     * roster may already differ from it after an earlier re-plan that was not published; that
     * one is not what a re-plan should stay close to.
     */
    private Published published(long campId, Long @Nullable [] only) {
        return published(campId, only, null);
    }

    /** As {@link #published(long, Long[])}, with the beds of {@code people} alone when given. */
    private Published published(long campId, Long @Nullable [] only, Long @Nullable [] people) {
        Map<String, Long> seats = new HashMap<>();
        Map<Long, Long> beds = new HashMap<>();
        jdbc.sql("""
                select ps.shift_id, ps.seat, ps.participant_id from published_seat ps
                where ps.publication_id = (select id from publication where camp_id = ?
                    order by published_at desc, id desc limit 1)"""
                + (only == null ? "" : " and ps.shift_id = any (?)"))
                .params(params(campId, only))
                .query((ResultSet rs) -> {
                    seats.put(SeatIds.of(rs.getLong("shift_id"), rs.getInt("seat")), rs.getLong("participant_id"));
                });
        jdbc.sql("""
                select pb.participant_id, pb.bed_id from published_bed pb
                where pb.publication_id = (select id from publication where camp_id = ?
                    order by published_at desc, id desc limit 1)""" + (people == null ? "" : " and pb.participant_id = any (?)"))
                .params(people == null ? List.of(campId) : List.of(campId, people))
                .query((ResultSet rs) -> {
                    beds.put(rs.getLong("participant_id"), rs.getLong("bed_id"));
                });
        return new Published(seats, beds);
    }

    private ConstraintWeightOverrides<HardMediumSoftLongScore> weights(long campId) {
        Map<RosterWeights, Long> weights = ruleWeights.load(campId);
        return weights.isEmpty() ? ConstraintWeightOverrides.none() : RosterWeights.overrides(weights);
    }

    static List<Object> params(long campId, Long @Nullable [] only) {
        return only == null ? List.of(campId) : List.of(campId, only);
    }

    private static <T> Map<Long, T> indexed(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item));
    }

    private static Set<String> textSet(ResultSet rs, String column) throws SQLException {
        return new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }

    /** Seat id to participant id, and participant id to bed id, as published. */
    private record Published(Map<String, Long> seats, Map<Long, Long> beds) {
        static final Published NOTHING = new Published(Map.of(), Map.of());
    }
}
