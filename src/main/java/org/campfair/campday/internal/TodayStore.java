package org.campfair.campday.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campfair.campday.CheckInState;
import org.campfair.campday.DaySheet;
import org.campfair.campday.NotTodayEntry;
import org.campfair.campday.TodayBoard.BoardSeat;
import org.campfair.campday.TodayBoard.HouseTonight;
import org.campfair.campday.TodayBoard.Stay;
import org.campfair.campday.TodayCamp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind today's board and the day sheets, all against the camp's latest
 * publication. A village id narrows shifts to that village's sites; null means every site.
 */
@Repository
public class TodayStore {

    /** What the board needs to know about the camp itself. */
    public record CampFacts(long campId, String name, ZoneId zone, LocalDate startsOn, LocalDate endsOn,
            @Nullable Long publicationId) {
    }

    /** A shift of the day with how many published seats it has and how many it needs. */
    public record DayShift(long shiftId, String task, String site, long villageId, LocalDate day, LocalTime start,
            LocalTime end, int required, int filled) {
    }

    private static final String LEAD = "(s.needs_lead and p.is_returning and p.skills @> t.required_skills)";

    private final JdbcClient jdbc;

    TodayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CampFacts> camp(long campId) {
        return jdbc.sql("""
                select c.id, c.name, c.time_zone, c.starts_on, c.ends_on,
                       (select max(id) from publication where camp_id = c.id) as publication_id
                from camp c where c.id = ?""")
                .param(campId)
                .query((rs, row) -> new CampFacts(rs.getLong("id"), rs.getString("name"),
                        ZoneId.of(rs.getString("time_zone")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getObject("publication_id", Long.class)))
                .optional();
    }

    public Optional<String> villageName(long villageId) {
        return jdbc.sql("select name from host_village where id = ?").param(villageId).query(String.class).optional();
    }

    /** The shifts of one day, earliest first, with their published seat counts. */
    public List<DayShift> shiftsOn(CampFacts camp, LocalDate day, @Nullable Long villageId) {
        return jdbc.sql("""
                select s.id, t.name as task, si.name as site, si.village_id, s.day, s.start_time, s.end_time,
                       s.min_headcount, count(ps.seat) as filled
                from shift s join task t on t.id = s.task_id join site si on si.id = t.site_id
                left join published_seat ps on ps.shift_id = s.id and ps.publication_id = :publication
                where t.camp_id = :camp and s.day = :day and (cast(:village as bigint) is null or si.village_id = :village)
                group by s.id, t.name, si.name, si.village_id, s.day, s.start_time, s.end_time, s.min_headcount
                order by s.start_time, t.name, s.id""")
                .param("publication", camp.publicationId()).param("camp", camp.campId()).param("day", day)
                .param("village", villageId)
                .query((rs, row) -> new DayShift(rs.getLong("id"), rs.getString("task"), rs.getString("site"),
                        rs.getLong("village_id"), rs.getObject("day", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getInt("min_headcount"), rs.getInt("filled")))
                .list();
    }

    /** The first day after {@code day} with a shift (of the village), if the camp has one. */
    public Optional<LocalDate> nextShiftDay(CampFacts camp, LocalDate day, @Nullable Long villageId) {
        return Optional.ofNullable(jdbc.sql("""
                select min(s.day) from shift s join task t on t.id = s.task_id join site si on si.id = t.site_id
                where t.camp_id = :camp and s.day > :day and (cast(:village as bigint) is null or si.village_id = :village)""")
                .param("camp", camp.campId()).param("day", day).param("village", villageId)
                .query(LocalDate.class).optional().orElse(null));
    }

    /** The published seats of the shifts with their marks, by shift id, seats in order. */
    public Map<Long, List<BoardSeat>> seats(CampFacts camp, Collection<Long> shiftIds) {
        Map<Long, List<BoardSeat>> seats = new LinkedHashMap<>();
        if (shiftIds.isEmpty() || camp.publicationId() == null) {
            return seats;
        }
        jdbc.sql("""
                select ps.shift_id, ps.seat, p.nickname, %s as lead, c.state
                from published_seat ps
                join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                join participant p on p.id = ps.participant_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where ps.publication_id = :publication and ps.shift_id in (:shifts)
                order by ps.shift_id, ps.seat""".formatted(LEAD))
                .param("publication", camp.publicationId()).param("shifts", shiftIds)
                .query((rs, row) -> {
                    String state = rs.getString("state");
                    seats.computeIfAbsent(rs.getLong("shift_id"), id -> new ArrayList<>()).add(new BoardSeat(
                            rs.getInt("seat"), rs.getString("nickname"), rs.getBoolean("lead"),
                            state == null ? null : CheckInState.valueOf(state)));
                    return null;
                })
                .list();
        return seats;
    }

    /**
     * Who arrives ({@code arriving}) or leaves on the day, with house and bed of the latest
     * publication when {@code withBeds}, else with the house only.
     */
    public List<Stay> stays(CampFacts camp, LocalDate day, boolean arriving, boolean withBeds) {
        return jdbc.sql("""
                select p.nickname, h.name as house, r.name as room, b.label as bed
                from participant p
                left join published_bed pb on pb.participant_id = p.id and pb.publication_id = :publication
                left join bed b on b.id = pb.bed_id left join room r on r.id = b.room_id
                left join house h on h.id = r.house_id
                where p.camp_id = :camp and %s = :day
                order by h.name nulls last, p.nickname""".formatted(arriving ? "p.arrives_on" : "p.departs_on"))
                .param("publication", camp.publicationId()).param("camp", camp.campId()).param("day", day)
                .query((rs, row) -> new Stay(rs.getString("nickname"), rs.getString("house"),
                        !withBeds || rs.getString("bed") == null ? null : rs.getString("room") + " · " + rs.getString("bed")))
                .list();
    }

    /**
     * Every house of the camp with how many sleep there on the night that starts on the day:
     * from arrival up to departure, a day visit counting one night, as the roster's bed nights.
     */
    public List<HouseTonight> housesTonight(CampFacts camp, LocalDate night) {
        return jdbc.sql("""
                select h.name, count(p.id) as sleeping
                from house h
                left join room r on r.house_id = h.id left join bed b on b.room_id = r.id
                left join published_bed pb on pb.bed_id = b.id and pb.publication_id = :publication
                left join participant p on p.id = pb.participant_id and p.arrives_on <= :night
                    and :night < greatest(p.departs_on, p.arrives_on + 1)
                where h.camp_id = :camp
                group by h.id, h.name order by h.name""")
                .param("publication", camp.publicationId()).param("night", night).param("camp", camp.campId())
                .query((rs, row) -> new HouseTonight(rs.getString("name"), rs.getInt("sleeping")))
                .list();
    }

    /** The camps the village hosts, those running on {@code day} first, then the newest. */
    public List<TodayCamp> campsOfVillage(long villageId, LocalDate day) {
        return jdbc.sql("""
                select c.id, c.name, c.starts_on, c.ends_on from camp c
                join camp_host_village h on h.camp_id = c.id and h.village_id = :village
                order by (:day between c.starts_on and c.ends_on) desc, c.starts_on desc, c.id desc""")
                .param("village", villageId).param("day", day)
                .query((rs, row) -> new TodayCamp(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The camps an organizer organizes, those running on the day (in their own zone) first, then the newest. */
    public List<TodayCamp> campsOf(List<Long> campIds) {
        if (campIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, name, starts_on, ends_on from camp where id in (:camps) order by starts_on desc, id desc""")
                .param("camps", campIds)
                .query((rs, row) -> new TodayCamp(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The villages that host the camp, by id, in name order. */
    public Map<Long, String> villagesOf(long campId) {
        Map<Long, String> villages = new LinkedHashMap<>();
        jdbc.sql("""
                select v.id, v.name from host_village v join camp_host_village h on h.village_id = v.id
                where h.camp_id = ? order by v.name, v.id""")
                .param(campId).query((rs, row) -> villages.put(rs.getLong(1), rs.getString(2))).list();
        return villages;
    }

    /**
     * The day sheets of a village's sites: every published shift of the day there, leads
     * (who could lead a shift that needs one) apart from the others, by nickname.
     */
    public List<DaySheet> sheets(CampFacts camp, long villageId, String village, LocalDate day) {
        record Row(long siteId, String site, String address, long shiftId, LocalTime start, LocalTime end,
                String task, String bring, @Nullable String nickname, boolean lead) {
        }
        var rows = jdbc.sql("""
                select si.id as site_id, si.name as site, si.address, s.id as shift_id, s.start_time, s.end_time,
                       t.name as task, t.what_to_bring, p.nickname, coalesce(%s, false) as lead
                from site si
                join task t on t.site_id = si.id and t.camp_id = :camp
                join shift s on s.task_id = t.id and s.day = :day
                left join published_seat ps on ps.shift_id = s.id and ps.publication_id = :publication
                left join participant p on p.id = ps.participant_id
                where si.village_id = :village
                order by si.name, si.id, s.start_time, t.name, s.id, ps.seat""".formatted(LEAD))
                .param("camp", camp.campId()).param("day", day).param("publication", camp.publicationId())
                .param("village", villageId)
                .query((rs, row) -> new Row(rs.getLong("site_id"), rs.getString("site"), rs.getString("address"),
                        rs.getLong("shift_id"), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class), rs.getString("task"), rs.getString("what_to_bring"),
                        rs.getString("nickname"), rs.getBoolean("lead")))
                .list();
        Map<Long, List<Row>> bySite = new LinkedHashMap<>();
        rows.forEach(r -> bySite.computeIfAbsent(r.siteId(), id -> new ArrayList<>()).add(r));
        List<DaySheet> sheets = new ArrayList<>();
        for (var siteRows : bySite.values()) {
            Map<Long, List<Row>> byShift = new LinkedHashMap<>();
            siteRows.forEach(r -> byShift.computeIfAbsent(r.shiftId(), id -> new ArrayList<>()).add(r));
            var shifts = byShift.values().stream().map(shiftRows -> {
                var first = shiftRows.getFirst();
                var named = shiftRows.stream().filter(r -> r.nickname() != null).toList();
                return new DaySheet.SheetShift(first.start(), first.end(), first.task(), first.bring(),
                        named.stream().filter(Row::lead).map(Row::nickname).toList(),
                        named.stream().filter(r -> !r.lead()).map(Row::nickname).toList());
            }).toList();
            var first = siteRows.getFirst();
            sheets.add(new DaySheet(camp.name(), day, village, first.site(), first.address(), shifts));
        }
        return sheets;
    }

    /** Who said "not today" for the day, by nickname, with the note for those who may read it. */
    public List<NotTodayEntry> notToday(long campId, LocalDate day, boolean withNotes) {
        return jdbc.sql("""
                select p.id, p.nickname, n.note, n.said_by_organizer from not_today n
                join participant p on p.id = n.participant_id
                where p.camp_id = ? and n.day = ? order by p.nickname""")
                .params(campId, day)
                .query((rs, row) -> new NotTodayEntry(rs.getLong(1), rs.getString(2), day,
                        withNotes ? rs.getString(3) : null, rs.getBoolean(4)))
                .list();
    }
}
