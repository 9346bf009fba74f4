package org.campfair.participant.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.campfair.shared.security.AccountDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a participant's personal data once they deleted their account and their camp is over:
 * blanks the legal name, e-mail, gender and needs, replaces the nickname by a neutral one, and
 * deletes their days away, likes, buddy and avoid wishes (theirs and others' about them),
 * change requests and mail records. Their seats, beds and check-ins stay as anonymous rows,
 * so a camp's counts and hours still add up.
 */
@Component
public class ParticipantErasure {

    private static final Logger log = LoggerFactory.getLogger(ParticipantErasure.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ParticipantErasure(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the participant for erasure, and erases at once if their camp is already over. */
    @EventListener
    void accountDeleted(AccountDeleted deleted) {
        if (deleted.participantId() == null) {
            return;
        }
        jdbc.sql("update participant set account_deleted_at = ? where id = ? and account_deleted_at is null")
                .params(OffsetDateTime.now(clock), deleted.participantId()).update();
        eraseDue();
    }

    /**
     * Erases every participant who deleted their account and whose camp has ended in the camp's
     * own time zone. Runs hourly and after each deletion; safe on several instances at once, as
     * each row is erased by one update that also sets {@code erased_at}.
     */
    @Scheduled(initialDelayString = "${campfair.privacy.erase-check:PT1H}",
            fixedDelayString = "${campfair.privacy.erase-check:PT1H}")
    @Transactional
    public int eraseDue() {
        List<Long> due = jdbc.sql("""
                update participant p set legal_name = '', email = '', gender = null, needs_private_room = false,
                    needs_step_free = false, nickname = 'former-' || p.id, erased_at = ?, version = p.version + 1
                from camp c
                where c.id = p.camp_id and p.account_deleted_at is not null and p.erased_at is null
                  and (?::timestamptz at time zone c.time_zone)::date > c.ends_on
                returning p.id""")
                .params(OffsetDateTime.now(clock), OffsetDateTime.now(clock)).query(Long.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        var ids = due.toArray(Long[]::new);
        for (var table : List.of("participant_unavailability", "task_preference", "preference_change_request")) {
            jdbc.sql("delete from " + table + " where participant_id = any(?)").param(ids).update();
        }
        jdbc.sql("delete from participant_request where participant_id = any(?) or other_id = any(?)")
                .params(ids, ids).update();
        jdbc.sql("delete from outgoing_mail where participant_id = any(?)").param(ids).update();
        // Counts only: which participant was erased is exactly what a log must not tell.
        log.info("Erased the personal data of {} participant(s) whose accounts were deleted and camps are over",
                due.size());
        return due.size();
    }
}
