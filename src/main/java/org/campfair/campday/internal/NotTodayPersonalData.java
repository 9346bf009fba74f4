package org.campfair.campday.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.campfair.shared.security.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The days a participant said "not today" for, with the note they left for the organizers. */
@Component
class NotTodayPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    NotTodayPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notToday";
    }

    record Said(LocalDate day, @Nullable String note, OffsetDateTime saidAt, boolean byOrganizer) {
    }

    @Override
    public Object about(long participantId) {
        return jdbc.sql("""
                select day, note, said_at, said_by_organizer from not_today where participant_id = ? order by day""")
                .param(participantId)
                .query((rs, row) -> new Said(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getBoolean(4)))
                .list();
    }
}
