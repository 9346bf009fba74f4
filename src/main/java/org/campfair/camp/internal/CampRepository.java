package org.campfair.camp.internal;

import static org.campfair.shared.StaleRecordException.requireChanged;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.campfair.camp.Camp;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CampRepository {

    private static final String COLUMNS =
            "id, name, starts_on, ends_on, time_zone, language, status, version";

    private final JdbcClient jdbc;

    CampRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Camp> findAll() {
        return jdbc.sql("select " + COLUMNS + " from camp order by starts_on desc, id")
                .query(CampRepository::map).list();
    }

    public Optional<Camp> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from camp where id = ?").param(id)
                .query(CampRepository::map).optional();
    }

    public long insert(CampDraft draft) {
        return jdbc.sql("""
                        insert into camp (name, starts_on, ends_on, time_zone, language)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(draft.name(), draft.startsOn(), draft.endsOn(), draft.timeZone().getId(), draft.language())
                .query(Long.class).single();
    }

    /** Saves name, dates, zone and language; fails if the camp changed since it was read. */
    public Camp update(Camp camp) {
        int rows = jdbc.sql("""
                        update camp set name = ?, starts_on = ?, ends_on = ?, time_zone = ?,
                            language = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(camp.name(), camp.startsOn(), camp.endsOn(), camp.timeZone().getId(),
                        camp.language(), camp.id(), camp.version())
                .update();
        requireChanged(rows, "Camp", camp.id());
        return findById(camp.id()).orElseThrow();
    }

    public void updateStatus(long id, CampStatus status) {
        jdbc.sql("update camp set status = ? where id = ?").params(status.name(), id).update();
    }

    private static Camp map(ResultSet rs, int row) throws SQLException {
        return new Camp(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("language"),
                CampStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }
}
