package org.campfair.task;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a host village sees: its tasks' shifts and who is coming, by nickname only (legal
 * names and emails never leave the organizer's side).
 */
@Service
@Transactional(readOnly = true)
class VillageService {

    private final JdbcClient jdbc;

    VillageService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> nameOf(long villageId) {
        return jdbc.sql("select name from host_village where id = ?").param(villageId).query(String.class).optional();
    }

    /** The village's shifts in one camp; callers pass the signed-in host's own village. */
    public List<VillageShift> shiftsOf(long villageId, long campId) {
        return jdbc.sql("""
                select t.name as task, site.name as site, s.day, s.start_time, s.end_time, s.min_headcount,
                    s.max_headcount,
                    array(select p.nickname from published_seat ps join participant p on p.id = ps.participant_id
                          where ps.shift_id = s.id and ps.publication_id = (
                              select id from publication where camp_id = t.camp_id
                              order by published_at desc, id desc limit 1)
                          order by p.nickname) as nicknames
                from shift s join task t on t.id = s.task_id join site on site.id = t.site_id
                where site.village_id = ? and t.camp_id = ? order by s.day, s.start_time, t.name""")
                .params(villageId, campId)
                .query((rs, row) -> new VillageShift(rs.getString("task"), rs.getString("site"),
                        rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class), rs.getInt("min_headcount"),
                        rs.getInt("max_headcount"), texts(rs.getArray("nicknames"))))
                .list();
    }

    private static List<String> texts(java.sql.Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
