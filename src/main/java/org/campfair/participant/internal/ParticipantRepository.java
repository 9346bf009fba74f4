package org.campfair.participant.internal;

import static org.campfair.shared.StaleRecordException.requireChanged;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.campfair.participant.Gender;
import org.campfair.participant.Participant;
import org.campfair.task.Intensity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ParticipantRepository {

    private static final String COLUMNS = """
            id, camp_id, nickname, legal_name, email, language, gender, arrives_on, departs_on,
            skills, is_returning, max_hours_per_day, intensity_comfort, needs_private_room,
            needs_step_free, version""";

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Participant> findByCamp(long campId) {
        return jdbc.sql("select " + COLUMNS + " from participant where camp_id = ? order by nickname")
                .param(campId).query(ParticipantRepository::map).list();
    }

    public Optional<Participant> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from participant where id = ?")
                .param(id).query(ParticipantRepository::map).optional();
    }

    /** Saves every editable field; fails if the participant changed since it was read. */
    public Participant update(Participant p) {
        int rows = jdbc.sql("""
                        update participant set nickname = ?, legal_name = ?, email = ?, language = ?,
                            gender = ?, arrives_on = ?, departs_on = ?, skills = ?, is_returning = ?,
                            max_hours_per_day = ?, intensity_comfort = ?, needs_private_room = ?,
                            needs_step_free = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(p.nickname(), p.legalName(), p.email(), p.language(),
                        p.gender() == null ? null : p.gender().name(), p.arrivesOn(), p.departsOn(),
                        p.skills().toArray(String[]::new), p.returning(), p.maxHoursPerDay(),
                        p.intensityComfort().name(), p.needsPrivateRoom(), p.needsStepFree(),
                        p.id(), p.version())
                .update();
        requireChanged(rows, "Participant", p.id());
        return findById(p.id()).orElseThrow();
    }

    public void markUnavailable(long participantId, LocalDateTime from, LocalDateTime until) {
        jdbc.sql("insert into participant_unavailability (participant_id, starts_at, ends_at) values (?, ?, ?)")
                .params(participantId, from, until).update();
    }

    /** Whether one stretch of unavailability already covers the whole of {@code from} to {@code until}. */
    public boolean unavailableThroughout(long participantId, LocalDateTime from, LocalDateTime until) {
        return jdbc.sql("""
                select exists (select 1 from participant_unavailability
                    where participant_id = ? and starts_at <= ? and ends_at >= ?)""")
                .params(participantId, from, until).query(Boolean.class).single();
    }

    /** Removes exactly that stretch of unavailability; false when there was none. */
    public boolean removeUnavailable(long participantId, LocalDateTime from, LocalDateTime until) {
        return jdbc.sql("""
                delete from participant_unavailability where id = (select min(id) from participant_unavailability
                    where participant_id = ? and starts_at = ? and ends_at = ?)""")
                .params(participantId, from, until).update() > 0;
    }

    static Participant map(ResultSet rs, int row) throws SQLException {
        String gender = rs.getString("gender");
        return new Participant(
                rs.getLong("id"),
                rs.getLong("camp_id"),
                rs.getString("nickname"),
                rs.getString("legal_name"),
                rs.getString("email"),
                rs.getString("language"),
                gender == null ? null : Gender.valueOf(gender),
                rs.getObject("arrives_on", LocalDate.class),
                rs.getObject("departs_on", LocalDate.class),
                Arrays.asList((String[]) rs.getArray("skills").getArray()),
                rs.getBoolean("is_returning"),
                rs.getInt("max_hours_per_day"),
                Intensity.valueOf(rs.getString("intensity_comfort")),
                rs.getBoolean("needs_private_room"),
                rs.getBoolean("needs_step_free"),
                rs.getInt("version"));
    }
}
