package org.campfair.importing.internal;

import static org.campfair.importing.internal.CampCsvReader.CAMP;
import static org.campfair.importing.internal.CampCsvReader.HOUSES;
import static org.campfair.importing.internal.CampCsvReader.PARTICIPANTS;
import static org.campfair.importing.internal.CampCsvReader.SHIFTS;
import static org.campfair.importing.internal.CampCsvReader.SITES;
import static org.campfair.importing.internal.CampCsvReader.TASKS;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one camp back into the six CSV files of the sample-data format, the mirror of
 * {@link CampImportWriter}. Rows are sorted by their natural keys so that the same data
 * always gives the same bytes.
 */
@Component
public class CampCsvExport {

    private final JdbcClient jdbc;

    CampCsvExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The files by name, in the order an organizer would read them. */
    public Map<String, String> export(long campId) {
        var files = new LinkedHashMap<String, String>();
        files.put(CAMP, camp(campId));
        files.put(SITES, sites(campId));
        files.put(HOUSES, houses(campId));
        files.put(TASKS, tasks(campId));
        files.put(SHIFTS, shifts(campId));
        files.put(PARTICIPANTS, participants(campId));
        return files;
    }

    private String camp(long campId) {
        return table(List.of("name", "village", "starts_on", "ends_on", "time_zone", "language"), """
                select c.name, coalesce((select v.name from camp_host_village cv join host_village v on v.id = cv.village_id
                        where cv.camp_id = c.id order by v.name limit 1), '') as village,
                    c.starts_on::text, c.ends_on::text, c.time_zone, c.language
                from camp c where c.id = ?""", campId,
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }

    private String sites(long campId) {
        return table(List.of("village", "site", "address", "latitude", "longitude"), """
                select v.name, s.name, s.address, s.latitude, s.longitude
                from camp_host_village cv join host_village v on v.id = cv.village_id
                join site s on s.village_id = v.id
                where cv.camp_id = ? order by v.name, s.name""", campId,
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), number(rs.getDouble(4)),
                        number(rs.getDouble(5))));
    }

    private String houses(long campId) {
        return table(List.of("house", "address", "latitude", "longitude", "room", "beds", "private", "step_free",
                "quiet", "rule"), """
                select h.name, h.address, h.latitude, h.longitude, r.name,
                    (select count(*) from bed b where b.room_id = r.id), r.private, r.step_free, r.quiet,
                    coalesce(r.rule, '')
                from house h join room r on r.house_id = h.id
                where h.camp_id = ? order by h.name, r.name""", campId,
                rs -> List.of(rs.getString(1), rs.getString(2), number(rs.getDouble(3)), number(rs.getDouble(4)),
                        rs.getString(5), String.valueOf(rs.getLong(6)), bool(rs, 7), bool(rs, 8), bool(rs, 9),
                        rs.getString(10)));
    }

    private String tasks(long campId) {
        return table(List.of("task", "site", "description", "required_skills", "intensity", "indoor",
                "what_to_bring"), """
                select t.name, s.name, t.description, array_to_string(t.required_skills, ';'), t.intensity,
                    t.indoor, t.what_to_bring
                from task t join site s on s.id = t.site_id
                where t.camp_id = ? order by t.name""", campId,
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        bool(rs, 6), rs.getString(7)));
    }

    private String shifts(long campId) {
        return table(List.of("task", "date", "start", "end", "min", "max", "needs_lead"), """
                select t.name, sh.day::text, to_char(sh.start_time, 'HH24:MI'), to_char(sh.end_time, 'HH24:MI'),
                    sh.min_headcount, sh.max_headcount, sh.needs_lead
                from shift sh join task t on t.id = sh.task_id
                where t.camp_id = ?
                order by sh.day, sh.start_time, t.name, sh.end_time, sh.min_headcount, sh.max_headcount,
                    sh.needs_lead""", campId,
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getInt(5)), String.valueOf(rs.getInt(6)), bool(rs, 7)));
    }

    private String participants(long campId) {
        return table(List.of("nickname", "legal_name", "email", "language", "gender", "arrives_on", "departs_on",
                "skills", "returning", "max_hours_per_day", "intensity_comfort", "needs_private_room",
                "needs_step_free", "liked_tasks", "disliked_tasks", "buddies", "avoid", "unavailable"), """
                select p.nickname, p.legal_name, p.email, p.language, coalesce(p.gender, ''), p.arrives_on::text,
                    p.departs_on::text, array_to_string(p.skills, ';'), p.is_returning, p.max_hours_per_day,
                    p.intensity_comfort, p.needs_private_room, p.needs_step_free,
                    %s as liked, %s as disliked, %s as buddies, %s as avoid,
                    coalesce((select string_agg(to_char(u.starts_at, 'YYYY-MM-DD"T"HH24:MI') || '/'
                            || to_char(u.ends_at, 'YYYY-MM-DD"T"HH24:MI'), ';' order by u.starts_at, u.ends_at)
                        from participant_unavailability u where u.participant_id = p.id), '') as unavailable
                from participant p where p.camp_id = ? order by p.nickname"""
                .formatted(preferences("LIKE"), preferences("DISLIKE"), requests("BUDDY"), requests("AVOID")),
                campId, rs -> {
                    var cells = new ArrayList<String>();
                    for (int i = 1; i <= 18; i++) {
                        cells.add(switch (i) {
                            case 9, 12, 13 -> bool(rs, i);
                            case 10 -> String.valueOf(rs.getInt(i));
                            default -> Objects.requireNonNullElse(rs.getString(i), "");
                        });
                    }
                    return cells;
                });
    }

    private static String preferences(String kind) {
        return """
                coalesce((select string_agg(t.name, ';' order by t.name) from task_preference tp
                    join task t on t.id = tp.task_id where tp.participant_id = p.id and tp.preference = '%s'), '')"""
                .formatted(kind);
    }

    private static String requests(String kind) {
        return """
                coalesce((select string_agg(o.nickname, ';' order by o.nickname) from participant_request r
                    join participant o on o.id = r.other_id where r.participant_id = p.id and r.kind = '%s'), '')"""
                .formatted(kind);
    }

    @FunctionalInterface
    private interface Cells {
        List<String> of(ResultSet rs) throws SQLException;
    }

    private String table(List<String> header, String sql, long campId, Cells cells) {
        var csv = new CsvWriter(header);
        jdbc.sql(sql).param(campId).query((rs, n) -> cells.of(rs)).list().forEach(csv::row);
        return csv.toString();
    }

    private static String bool(ResultSet rs, int column) throws SQLException {
        return String.valueOf(rs.getBoolean(column));
    }

    /** Decimal degrees without exponent or trailing zeros, so 134.05 stays "134.05". */
    private static String number(double value) {
        var plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }
}
