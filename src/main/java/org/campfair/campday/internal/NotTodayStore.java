package org.campfair.campday.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.campfair.campday.StartedShift;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Not today" in PostgreSQL: who said it for which day (with the organizers' note and the
 * unavailability it added), the re-plans it started, and the camp's choice about publishing
 * them. Published seats and the participant's stay are read, never written.
 */
@Repository
public class NotTodayStore {

    /** What a "not today" needs to know about the person and their camp. */
    public record PersonFacts(long participantId, long campId, String nickname, LocalDate arrivesOn,
            LocalDate departsOn, ZoneId zone, LocalDate campStarts, LocalDate campEnds, boolean published) {
    }

    /** A said "not today" and the unavailability it added (empty when the day was already away). */
    public record Said(long participantId, LocalDate day, @Nullable String note, @Nullable LocalDateTime awayFrom,
            @Nullable LocalDateTime awayUntil) {
    }

    private final JdbcClient jdbc;

    NotTodayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonFacts> person(long participantId) {
        return jdbc.sql("""
                select p.id, p.camp_id, p.nickname, p.arrives_on, p.departs_on, c.time_zone, c.starts_on, c.ends_on,
                       exists (select 1 from publication pu where pu.camp_id = c.id) as published
                from participant p join camp c on c.id = p.camp_id where p.id = ?""")
                .param(participantId)
                .query((rs, row) -> new PersonFacts(rs.getLong("id"), rs.getLong("camp_id"), rs.getString("nickname"),
                        rs.getObject("arrives_on", LocalDate.class), rs.getObject("departs_on", LocalDate.class),
                        ZoneId.of(rs.getString("time_zone")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getBoolean("published")))
                .optional();
    }

    public Optional<ZoneId> zoneOf(long campId) {
        return jdbc.sql("select time_zone from camp where id = ?").param(campId).query(String.class).optional()
                .map(ZoneId::of);
    }

    public Optional<Said> find(long participantId, LocalDate day) {
        return jdbc.sql("""
                select participant_id, day, note, away_from, away_until from not_today
                where participant_id = ? and day = ?""")
                .params(participantId, day)
                .query((rs, row) -> new Said(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)))
                .optional();
    }

    /** Records the "not today"; false when one for that day was recorded first (a second tap). */
    public boolean insert(Said said, boolean byOrganizer, Instant at) {
        return jdbc.sql("""
                insert into not_today (participant_id, day, note, said_at, said_by_organizer, away_from, away_until)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(said.participantId(), said.day(), said.note(), Timestamp.from(at), byOrganizer,
                        said.awayFrom(), said.awayUntil())
                .update() == 1;
    }

    public boolean delete(long participantId, LocalDate day) {
        return jdbc.sql("delete from not_today where participant_id = ? and day = ?").params(participantId, day)
                .update() == 1;
    }

    /** The days from {@code from} on that the participant said "not today" for. */
    public List<LocalDate> daysOf(long participantId, LocalDate from) {
        return jdbc.sql("select day from not_today where participant_id = ? and day >= ? order by day")
                .params(participantId, from).query(LocalDate.class).list();
    }

    /**
     * The participant's published shifts of the day that have begun at {@code now} and not
     * ended: those a "not today" cannot take back.
     */
    public List<StartedShift> runningShifts(long participantId, LocalDate day, LocalTime now) {
        return jdbc.sql("""
                select s.id, t.name, s.start_time, s.end_time from published_seat ps
                join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                join participant p on p.id = ps.participant_id
                where ps.participant_id = ? and s.day = ? and s.start_time <= ? and s.end_time > ?
                  and ps.publication_id = (select max(id) from publication where camp_id = p.camp_id)
                order by s.start_time""")
                .params(participantId, day, now, now)
                .query((rs, row) -> new StartedShift(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class)))
                .list();
    }

    public void replanStarted(long jobId, long participantId) {
        jdbc.sql("insert into absence_replan (job_id, participant_id) values (?, ?)").params(jobId, participantId)
                .update();
    }

    /** The participant whose "not today" started this solve job, if one did. */
    public Optional<Long> replanFor(long jobId) {
        return jdbc.sql("select participant_id from absence_replan where job_id = ?").param(jobId)
                .query(Long.class).optional();
    }

    public boolean publishesAlone(long campId) {
        return jdbc.sql("select publish_absences_alone from camp_day_setting where camp_id = ?").param(campId)
                .query(Boolean.class).optional().orElse(false);
    }

    public void publishAlone(long campId, boolean alone) {
        jdbc.sql("""
                insert into camp_day_setting (camp_id, publish_absences_alone) values (?, ?)
                on conflict (camp_id) do update set publish_absences_alone = excluded.publish_absences_alone""")
                .params(campId, alone).update();
    }

    public String nickname(long participantId) {
        return jdbc.sql("select nickname from participant where id = ?").param(participantId).query(String.class)
                .single();
    }
}
