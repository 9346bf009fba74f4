package org.campfair.calendar;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.calendar.internal.CalendarGenerations;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each participant's chosen reminder times, {@link Reminders#DEFAULT} until they choose. */
@Service
@Transactional(readOnly = true)
public class ReminderSettings {

    private final JdbcClient jdbc;
    private final CalendarGenerations generations;
    private final CampAccess access;

    ReminderSettings(JdbcClient jdbc, CalendarGenerations generations, CampAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.generations = generations;
    }

    // No transaction of its own for a single read: participant feeds ask on every poll.
    @Transactional(propagation = Propagation.SUPPORTS)
    public Reminders of(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return storedFor(participantId);
    }

    /** For feeds, opened by a token that {@link FeedTokenService} has already checked. */
    @Transactional(propagation = Propagation.SUPPORTS)
    Reminders storedFor(long participantId) {
        return jdbc.sql("select evening_before, minutes_before from participant_reminder where participant_id = ?")
                .param(participantId)
                .query((rs, row) -> new Reminders(rs.getBoolean(1), minutes(rs.getArray(2))))
                .optional().orElse(Reminders.DEFAULT);
    }

    /** The chosen reminders of a camp's participants; those without a choice are left out. */
    public Map<Long, Reminders> chosenIn(long campId) {
        access.requireOrganizer(campId);
        Map<Long, Reminders> chosen = new HashMap<>();
        jdbc.sql("""
                select r.participant_id, r.evening_before, r.minutes_before from participant_reminder r
                join participant p on p.id = r.participant_id where p.camp_id = ?""")
                .param(campId)
                .query(rs -> {
                    chosen.put(rs.getLong(1), new Reminders(rs.getBoolean(2), minutes(rs.getArray(3))));
                });
        return chosen;
    }

    /**
     * Saves the participant's reminders.
     *
     * @throws org.campfair.shared.RefusedFieldsException when {@link Reminders#check()} refuses them
     */
    @Transactional
    public void choose(long participantId, Reminders reminders) {
        access.requireParticipantOrOrganizer(participantId);
        reminders.check();
        long campId = jdbc.sql("select camp_id from participant where id = ?").param(participantId)
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        jdbc.sql("""
                insert into participant_reminder (participant_id, evening_before, minutes_before) values (?, ?, ?)
                on conflict (participant_id) do update
                set evening_before = excluded.evening_before, minutes_before = excluded.minutes_before""")
                .params(participantId, reminders.eveningBefore(), reminders.minutesBefore().toArray(Integer[]::new))
                .update();
        // Served feeds carry the alarms: they must be written again.
        generations.countUp(campId);
    }

    private static List<Integer> minutes(Array array) throws SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }
}
