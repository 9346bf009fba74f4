package org.campfair.participant.internal;

import static org.campfair.shared.StaleRecordException.requireChanged;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.campfair.participant.ChangeRequest;
import org.campfair.participant.PreferenceChoices;
import org.campfair.participant.Preferences;
import org.campfair.task.Intensity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's preferences across their rows: the participant row, whole-day
 * unavailability, task likes and dislikes, buddy and avoid requests; and change requests.
 * Unavailability that is not one whole day (e.g. a dropout from a day on) is left as it is.
 */
@Repository
public class PreferenceRepository {

    private static final String WHOLE_DAY = "ends_at = starts_at + interval '1 day' and starts_at::time = time '00:00'";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PreferenceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Stored(long campId, Preferences preferences, int version) {
    }

    public Optional<Stored> find(long participantId) {
        var days = jdbc.sql("select starts_at::date from participant_unavailability where participant_id = ? and "
                + WHOLE_DAY + " order by 1").param(participantId).query(LocalDate.class).list();
        List<String> liked = new ArrayList<>();
        List<String> disliked = new ArrayList<>();
        jdbc.sql("""
                select t.name, tp.preference from task_preference tp join task t on t.id = tp.task_id
                where tp.participant_id = ? order by t.name""").param(participantId)
                .query(rs -> {
                    (rs.getString("preference").equals("LIKE") ? liked : disliked).add(rs.getString("name"));
                });
        List<String> buddies = new ArrayList<>();
        List<String> avoids = new ArrayList<>();
        jdbc.sql("""
                select o.nickname, r.kind from participant_request r join participant o on o.id = r.other_id
                where r.participant_id = ? order by o.nickname""").param(participantId)
                .query(rs -> {
                    (rs.getString("kind").equals("BUDDY") ? buddies : avoids).add(rs.getString("nickname"));
                });
        return jdbc.sql("""
                select camp_id, arrives_on, departs_on, skills, intensity_comfort, needs_private_room,
                    needs_step_free, language, version from participant where id = ?""")
                .param(participantId)
                .query((rs, row) -> new Stored(rs.getLong("camp_id"), new Preferences(
                        rs.getObject("arrives_on", LocalDate.class), rs.getObject("departs_on", LocalDate.class),
                        days, Arrays.asList((String[]) rs.getArray("skills").getArray()), liked, disliked,
                        Intensity.valueOf(rs.getString("intensity_comfort")), rs.getBoolean("needs_private_room"),
                        rs.getBoolean("needs_step_free"), buddies, avoids, rs.getString("language")),
                        rs.getInt("version")))
                .optional();
    }

    public PreferenceChoices choices(long participantId) {
        return jdbc.sql("""
                select c.starts_on, c.ends_on,
                    array(select t.name from task t where t.camp_id = c.id order by t.name) as tasks,
                    array(select o.nickname from participant o where o.camp_id = c.id and o.id <> p.id
                          order by o.nickname) as nicknames
                from participant p join camp c on c.id = p.camp_id where p.id = ?""")
                .param(participantId)
                .query((rs, row) -> new PreferenceChoices(rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        Arrays.asList((String[]) rs.getArray("tasks").getArray()),
                        Arrays.asList((String[]) rs.getArray("nicknames").getArray())))
                .single();
    }

    public boolean published(long campId) {
        return jdbc.sql("select exists (select 1 from publication where camp_id = ?)").param(campId)
                .query(Boolean.class).single();
    }

    /** Saves every preference; fails if the participant changed since {@code version} was read. */
    public void apply(long participantId, Preferences p, int version) {
        int rows = jdbc.sql("""
                update participant set arrives_on = ?, departs_on = ?, skills = ?, intensity_comfort = ?,
                    needs_private_room = ?, needs_step_free = ?, language = ?, version = version + 1
                where id = ? and version = ?""")
                .params(p.arrivesOn(), p.departsOn(), p.skills().toArray(String[]::new), p.intensityComfort().name(),
                        p.needsPrivateRoom(), p.needsStepFree(), p.language(), participantId, version)
                .update();
        requireChanged(rows, "Participant", participantId);
        jdbc.sql("delete from participant_unavailability where participant_id = ? and " + WHOLE_DAY)
                .param(participantId).update();
        for (LocalDate day : p.unavailableDays()) {
            jdbc.sql("insert into participant_unavailability (participant_id, starts_at, ends_at) values (?, ?, ?)")
                    .params(participantId, day.atStartOfDay(), day.plusDays(1).atStartOfDay()).update();
        }
        jdbc.sql("delete from task_preference where participant_id = ?").param(participantId).update();
        insertTaskPreferences(participantId, p.likedTasks(), "LIKE");
        insertTaskPreferences(participantId, p.dislikedTasks(), "DISLIKE");
        jdbc.sql("delete from participant_request where participant_id = ?").param(participantId).update();
        insertRequests(participantId, p.buddies(), "BUDDY");
        insertRequests(participantId, p.avoids(), "AVOID");
    }

    private void insertTaskPreferences(long participantId, List<String> tasks, String preference) {
        jdbc.sql("""
                insert into task_preference (participant_id, task_id, preference)
                select p.id, t.id, ? from participant p join task t on t.camp_id = p.camp_id
                where p.id = ? and t.name = any (?)""")
                .params(preference, participantId, tasks.toArray(String[]::new)).update();
    }

    private void insertRequests(long participantId, List<String> nicknames, String kind) {
        jdbc.sql("""
                insert into participant_request (participant_id, other_id, kind)
                select p.id, o.id, ? from participant p join participant o on o.camp_id = p.camp_id and o.id <> p.id
                where p.id = ? and o.nickname = any (?)""")
                .params(kind, participantId, nicknames.toArray(String[]::new)).update();
    }

    /**
     * Files the wanted preferences as the participant's one pending request: a newer wish
     * replaces the one still waiting (each holds all preferences, so nothing is lost), and its
     * version moves on, so an organizer deciding on the older wish is told it changed.
     */
    public long request(long participantId, Preferences wanted) {
        return jdbc.sql("""
                insert into preference_change_request (participant_id, preferences) values (?, cast(? as jsonb))
                on conflict (participant_id) where status = 'PENDING' do update
                set preferences = excluded.preferences, requested_at = now(),
                    version = preference_change_request.version + 1
                returning id""")
                .params(participantId, json.writeValueAsString(wanted)).query(Long.class).single();
    }

    private static final String REQUEST_COLUMNS = """
            r.id, r.participant_id, p.nickname, r.preferences::text as preferences, r.status, r.requested_at,
            r.decided_at, r.version""";

    public List<ChangeRequest> requestsOf(long participantId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from preference_change_request r join participant p on p.id = r.participant_id
                where r.participant_id = ? order by r.requested_at desc, r.id desc""")
                .param(participantId).query(this::mapRequest).list();
    }

    public List<ChangeRequest> pendingInCamp(long campId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from preference_change_request r join participant p on p.id = r.participant_id
                where p.camp_id = ? and r.status = 'PENDING' order by r.requested_at, r.id""")
                .param(campId).query(this::mapRequest).list();
    }

    public Optional<ChangeRequest> findRequest(long requestId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from preference_change_request r join participant p on p.id = r.participant_id where r.id = ?""")
                .param(requestId).query(this::mapRequest).optional();
    }

    /** Decides a pending request; fails if someone else decided or changed it since it was read. */
    public void decide(ChangeRequest request, ChangeRequest.Status status, java.time.Instant at) {
        int rows = jdbc.sql("""
                update preference_change_request set status = ?, decided_at = ?, version = version + 1
                where id = ? and version = ? and status = 'PENDING'""")
                .params(status.name(), Timestamp.from(at), request.id(), request.version()).update();
        requireChanged(rows, "Change request", request.id());
    }

    private ChangeRequest mapRequest(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ChangeRequest(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("nickname"),
                json.readValue(rs.getString("preferences"), Preferences.class),
                ChangeRequest.Status.valueOf(rs.getString("status")), rs.getTimestamp("requested_at").toInstant(),
                decided == null ? null : decided.toInstant(), rs.getInt("version"));
    }
}
