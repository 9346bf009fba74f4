package org.campfair.importing.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campfair.importing.internal.CampDraft.ParticipantRow;
import org.campfair.importing.internal.CampDraft.RoomRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saves a checked {@link CampDraft}. Import is a bulk operation on many features at once, so
 * it writes rows directly rather than through each feature's service; it must run inside
 * the caller's transaction so that a failure leaves nothing behind.
 */
@Component
public class CampImportWriter {

    private final JdbcClient jdbc;

    CampImportWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param villageOwner whose villages the camp's village may be found among by name; empty
     *        for staff and the app's own work, which may match any village
     */
    public long write(CampDraft draft, Optional<String> villageOwner) {
        var camp = draft.camp();
        long campId = insert("""
                insert into camp (name, starts_on, ends_on, time_zone, language) values (?, ?, ?, ?, ?)
                returning id""", camp.name(), camp.startsOn(), camp.endsOn(), camp.zone().getId(), camp.language());
        // Only a village the importer owns is the same place: another organizer's village of
        // the same name must stay out of reach, with its sites, hosts and feed.
        long villageId = jdbc.sql("""
                select v.id from host_village v where v.name = :name
                    and (cast(:owner as text) is null or exists (select 1 from village_organizer o
                        join app_user u on u.id = o.user_id where o.village_id = v.id and u.username = :owner))
                order by v.id limit 1""")
                .param("name", camp.village()).param("owner", villageOwner.orElse(null))
                .query(Long.class).optional()
                .orElseGet(() -> insert("insert into host_village (name) values (?) returning id", camp.village()));
        jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?)").params(campId, villageId).update();

        Map<String, Long> sites = new HashMap<>();
        for (var site : draft.sites()) {
            long id = jdbc.sql("select id from site where village_id = ? and name = ?").params(villageId, site.name())
                    .query(Long.class).optional()
                    .orElseGet(() -> insert("""
                            insert into site (village_id, name, address, latitude, longitude)
                            values (?, ?, ?, ?, ?) returning id""",
                            villageId, site.name(), site.address(), site.latitude(), site.longitude()));
            sites.put(site.name(), id);
        }
        writeHouses(campId, draft.rooms());
        Map<String, Long> tasks = new HashMap<>();
        for (var task : draft.tasks()) {
            tasks.put(task.name(), insert("""
                    insert into task (camp_id, site_id, name, description, required_skills, intensity, indoor,
                        what_to_bring) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                    campId, sites.get(task.site()), task.name(), task.description(),
                    task.requiredSkills().toArray(String[]::new), task.intensity().name(), task.indoor(),
                    task.whatToBring()));
        }
        for (var shift : draft.shifts()) {
            jdbc.sql("""
                    insert into shift (task_id, day, start_time, end_time, min_headcount, max_headcount, needs_lead)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tasks.get(shift.task()), shift.day(), shift.start(), shift.end(), shift.min(), shift.max(),
                            shift.needsLead())
                    .update();
        }
        writeParticipants(campId, draft.participants(), tasks);
        return campId;
    }

    private void writeHouses(long campId, List<RoomRow> rooms) {
        Map<String, Long> houses = new LinkedHashMap<>();
        for (var room : rooms) {
            long houseId = houses.computeIfAbsent(room.house(), name -> insert("""
                    insert into house (camp_id, name, address, latitude, longitude) values (?, ?, ?, ?, ?)
                    returning id""", campId, name, room.address(), room.latitude(), room.longitude()));
            long roomId = insert("""
                    insert into room (house_id, name, private, step_free, quiet, rule) values (?, ?, ?, ?, ?, ?)
                    returning id""", houseId, room.room(), room.privateRoom(), room.stepFree(), room.quiet(),
                    room.rule() == null ? null : room.rule().name());
            for (int bed = 0; bed < room.beds(); bed++) {
                jdbc.sql("insert into bed (room_id, label) values (?, ?)")
                        .params(roomId, String.valueOf((char) ('A' + bed))).update();
            }
        }
    }

    private void writeParticipants(long campId, List<ParticipantRow> rows, Map<String, Long> tasks) {
        Map<String, Long> ids = new HashMap<>();
        for (var p : rows) {
            ids.put(p.nickname(), insert("""
                    insert into participant (camp_id, nickname, legal_name, email, language, gender, arrives_on,
                        departs_on, skills, is_returning, max_hours_per_day, intensity_comfort, needs_private_room,
                        needs_step_free) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                    campId, p.nickname(), p.legalName(), p.email(), p.language(),
                    p.gender() == null ? null : p.gender().name(), p.arrivesOn(), p.departsOn(),
                    p.skills().toArray(String[]::new), p.returning(), p.maxHoursPerDay(), p.intensityComfort().name(),
                    p.needsPrivateRoom(), p.needsStepFree()));
        }
        for (var p : rows) {
            long id = ids.get(p.nickname());
            for (var period : p.unavailable()) {
                jdbc.sql("insert into participant_unavailability (participant_id, starts_at, ends_at) values (?, ?, ?)")
                        .params(id, period[0], period[1]).update();
            }
            p.likedTasks().forEach(task -> preference(id, tasks.get(task), "LIKE"));
            p.dislikedTasks().forEach(task -> preference(id, tasks.get(task), "DISLIKE"));
            p.buddies().forEach(other -> request(id, ids.get(other), "BUDDY"));
            p.avoid().forEach(other -> request(id, ids.get(other), "AVOID"));
        }
    }

    private void preference(long participantId, long taskId, String kind) {
        jdbc.sql("""
                insert into task_preference (participant_id, task_id, preference) values (?, ?, ?)
                on conflict do nothing""").params(participantId, taskId, kind).update();
    }

    private void request(long participantId, long otherId, String kind) {
        jdbc.sql("""
                insert into participant_request (participant_id, other_id, kind) values (?, ?, ?)
                on conflict do nothing""").params(participantId, otherId, kind).update();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
