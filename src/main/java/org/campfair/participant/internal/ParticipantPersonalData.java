package org.campfair.participant.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import org.campfair.shared.security.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The participant's own rows for their export: what they told us (profile, needs, days away,
 * likes, buddies and avoids, change requests) and the camp they take part in.
 */
@Component
class ParticipantPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final ParticipantRepository participants;
    private final JsonMapper json;

    ParticipantPersonalData(JdbcClient jdbc, ParticipantRepository participants, JsonMapper json) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.json = json;
    }

    @Override
    public String section() {
        return "participant";
    }

    record Camp(String name, String startsOn, String endsOn, String timeZone) {
    }

    record Away(LocalDateTime from, LocalDateTime until) {
    }

    record Liking(String task, String preference) {
    }

    record Wish(String nickname, String kind) {
    }

    record ChangeRequest(OffsetDateTime requestedAt, String status, @Nullable OffsetDateTime decidedAt,
            Object preferences) {
    }

    @Override
    public Object about(long participantId) {
        var about = new LinkedHashMap<String, Object>();
        participants.findById(participantId).ifPresent(profile -> about.put("profile", profile));
        about.put("camp", jdbc.sql("""
                select c.name, c.starts_on::text, c.ends_on::text, c.time_zone
                from camp c join participant p on p.camp_id = c.id where p.id = ?""")
                .param(participantId)
                .query((rs, row) -> new Camp(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElse(null));
        about.put("unavailable", jdbc.sql("""
                select starts_at, ends_at from participant_unavailability where participant_id = ? order by starts_at""")
                .param(participantId)
                .query((rs, row) -> new Away(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)))
                .list());
        about.put("taskPreferences", jdbc.sql("""
                select t.name, tp.preference from task_preference tp join task t on t.id = tp.task_id
                where tp.participant_id = ? order by t.name""")
                .param(participantId).query((rs, row) -> new Liking(rs.getString(1), rs.getString(2))).list());
        about.put("requests", jdbc.sql("""
                select o.nickname, r.kind from participant_request r join participant o on o.id = r.other_id
                where r.participant_id = ? order by r.kind, o.nickname""")
                .param(participantId).query((rs, row) -> new Wish(rs.getString(1), rs.getString(2))).list());
        about.put("changeRequests", jdbc.sql("""
                select requested_at, status, decided_at, preferences::text from preference_change_request
                where participant_id = ? order by requested_at""")
                .param(participantId)
                .query((rs, row) -> new ChangeRequest(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), json.readTree(rs.getString(4))))
                .list());
        return about;
    }
}
