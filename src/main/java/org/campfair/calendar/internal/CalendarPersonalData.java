package org.campfair.calendar.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.ReminderSettings;
import org.campfair.shared.security.AccountDeleted;
import org.campfair.shared.security.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A participant's calendar: their reminder times and their feed links (when made and revoked;
 * never the secret, which a download should not spread). A deleted account's feed stops at once.
 */
@Component
class CalendarPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final ReminderSettings reminders;
    private final FeedTokenService feeds;

    CalendarPersonalData(JdbcClient jdbc, ReminderSettings reminders, FeedTokenService feeds) {
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.feeds = feeds;
    }

    @Override
    public String section() {
        return "calendar";
    }

    record FeedLink(OffsetDateTime createdAt, @Nullable OffsetDateTime revokedAt) {
    }

    @Override
    public Object about(long participantId) {
        var about = new LinkedHashMap<String, Object>();
        about.put("reminders", reminders.of(participantId));
        about.put("feedLinks", jdbc.sql("""
                select created_at, revoked_at from feed_token where kind = 'PARTICIPANT' and subject_id = ?
                order by created_at""")
                .param(participantId)
                .query((rs, row) -> new FeedLink(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)))
                .list());
        return about;
    }

    @EventListener
    void accountDeleted(AccountDeleted deleted) {
        if (deleted.participantId() != null) {
            feeds.revoke(deleted.participantId());
        }
    }
}
