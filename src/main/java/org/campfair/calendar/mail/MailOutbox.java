package org.campfair.calendar.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.campfair.shared.security.CampAccess;

/** The outgoing_mail table: queueing, claiming, and recording how each send went. */
@Component
public class MailOutbox {

    /** A message claimed for sending, with the calendar to attach. */
    record Claimed(long id, long campId, long publicationId, long participantId, String method, String calendar,
            int attempts) {
    }

    private final JdbcClient jdbc;
    private final CampAccess access;

    MailOutbox(JdbcClient jdbc, CampAccess access) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Queues a message unless this publication already queued one for them: no duplicates. */
    void queue(long campId, long publicationId, long participantId, String method, String calendar, Instant now) {
        jdbc.sql("""
                insert into outgoing_mail (camp_id, publication_id, participant_id, method, calendar,
                    next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (publication_id, participant_id, method) do nothing""")
                .params(campId, publicationId, participantId, method, calendar, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /**
     * Marks up to {@code limit} due messages SENDING and returns them. Runs outside any
     * transaction so the claim is committed before the mail server is contacted, and skips
     * rows another sender has locked.
     */
    List<Claimed> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                update outgoing_mail set status = 'SENDING', attempts = attempts + 1, claimed_at = ?
                where id in (select id from outgoing_mail where status = 'PENDING' and next_attempt_at <= ?
                             order by id limit ? for update skip locked)
                returning id, camp_id, publication_id, participant_id, method, calendar, attempts""")
                .params(Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("camp_id"), rs.getLong("publication_id"),
                        rs.getLong("participant_id"), rs.getString("method"), rs.getString("calendar"),
                        rs.getInt("attempts")))
                .list();
    }

    /** Sent: the attachment, which holds the participant's address, is no longer kept. */
    void sent(long id, Instant now) {
        jdbc.sql("""
                update outgoing_mail set status = 'SENT', sent_at = ?, calendar = null, last_error = null
                where id = ?""").params(Timestamp.from(now), id).update();
    }

    /** Failed: tried again at {@code retryAt}, or given up for good when that is null. */
    void failed(long id, String error, @Nullable Instant retryAt) {
        jdbc.sql("update outgoing_mail set status = ?, next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at), last_error = ? where id = ?")
                .params(retryAt == null ? "FAILED" : "PENDING", retryAt == null ? null : Timestamp.from(retryAt),
                        error, id)
                .update();
    }

    /** Messages left SENDING by a stopped app may have gone out; never risk sending them twice. */
    int giveUpInterrupted(Instant claimedBefore) {
        return jdbc.sql("""
                update outgoing_mail set status = 'UNCERTAIN', calendar = null,
                    last_error = 'The app stopped while sending; the message may not have arrived'
                where status = 'SENDING' and claimed_at < ?""").param(Timestamp.from(claimedBefore)).update();
    }

    public Map<OutgoingMail.Status, Integer> counts(long campId) {
        access.requireOrganizer(campId);
        Map<OutgoingMail.Status, Integer> counts = new EnumMap<>(OutgoingMail.Status.class);
        jdbc.sql("select status, count(*) from outgoing_mail where camp_id = ? group by status").param(campId)
                .query(rs -> {
                    counts.put(OutgoingMail.Status.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    public List<OutgoingMail> unsent(long campId) {
        access.requireOrganizer(campId);
        return jdbc.sql("""
                select m.id, m.publication_id, m.participant_id, p.nickname, m.method, m.status, m.attempts,
                    m.last_error, m.sent_at
                from outgoing_mail m join participant p on p.id = m.participant_id
                where m.camp_id = ? and m.status <> 'SENT' order by m.id""")
                .param(campId)
                .query((rs, row) -> new OutgoingMail(rs.getLong("id"), rs.getLong("publication_id"),
                        rs.getLong("participant_id"), rs.getString("nickname"), rs.getString("method"),
                        OutgoingMail.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
