package org.campfair.campday.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.campfair.shared.security.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who marked a participant as come, late, early or absent, and the hours confirmed. */
@Component
class CheckInPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    CheckInPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "checkIns";
    }

    record CheckIn(LocalDate day, LocalTime start, String task, String state, int confirmedMinutes,
            OffsetDateTime markedAt) {
    }

    @Override
    public Object about(long participantId) {
        return jdbc.sql("""
                select s.day, s.start_time, t.name, c.state, c.confirmed_minutes, c.marked_at
                from seat_check_in c join shift s on s.id = c.shift_id join task t on t.id = s.task_id
                where c.participant_id = ? order by s.day, s.start_time""")
                .param(participantId)
                .query((rs, row) -> new CheckIn(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }
}
