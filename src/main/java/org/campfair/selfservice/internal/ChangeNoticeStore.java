package org.campfair.selfservice.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.selfservice.ChangeNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the self-service changes that concern one participant, from the activity list, offers and holds. */
@Component
public class ChangeNoticeStore {

    private final JdbcClient jdbc;

    ChangeNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The participant's notices since {@code since}, seats held for them first, then newest first. */
    public List<ChangeNotice> of(long participantId, Instant since, Instant now, int limit) {
        return jdbc.sql("""
                select n.kind, t.name, s.day, s.start_time, s.end_time, n.other, n.at from (
                    select case c.kind when 'TOOK_SEAT' then 'YOU_TOOK' when 'TOOK_GIVEN_SEAT' then 'YOU_TOOK_GIVEN'
                               else 'SWAPPED' end as kind, c.shift_id, g.nickname as other, c.made_at as at, 1 as rank
                    from self_service_change c left join participant g on g.id = c.given_by
                    where c.participant_id = :me and c.made_at >= :since
                  union all
                    select 'TOOK_YOUR_GIVE_AWAY', c.shift_id, p.nickname, c.made_at, 1
                    from self_service_change c join participant p on p.id = c.participant_id
                    where c.given_by = :me and c.kind = 'TOOK_GIVEN_SEAT' and c.made_at >= :since
                  union all
                    select 'DECLINED', o.shift_id, null, o.closed_at, 1
                    from seat_offer o
                    where o.outcome = 'DECLINED' and (o.offered_by = :me or o.taken_by = :me) and o.closed_at >= :since
                  union all
                    select 'HELD', w.shift_id, null, w.expires_at, 0
                    from waiting_seat_offer w
                    where w.participant_id = :me and w.closed_at is null and w.expires_at > :now
                ) n join shift s on s.id = n.shift_id join task t on t.id = s.task_id
                order by n.rank, n.at desc limit :limit""")
                .param("me", participantId).param("since", Timestamp.from(since)).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new ChangeNotice(ChangeNotice.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class),
                        rs.getObject(5, LocalTime.class), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
