package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the camp around a seat move for a participant's own take: the moved shifts with every
 * seat, all seats of the people who hold one of them or move, working or as published, those
 * people's wishes, unavailability and beds (everyone else holds no seat there and weighs in
 * with their stay's dates and load alone, kept in memory by {@link CampVolunteers}), and
 * everyone's load as one aggregate, instead of
 * the whole camp's ~14,000 seats (L camp). The rules
 * read nothing else of a move of those seats ({@link RosterWindow#around}), and a participant's
 * choices read only their own seats, the shift's and everyone's load ({@link SeatChoices}).
 */
@Component
public class CampAroundLoader {

    private final RosterProblemLoader loader;
    private final CampVolunteers volunteers;
    private final JdbcClient jdbc;

    CampAroundLoader(RosterProblemLoader loader, CampVolunteers volunteers, JdbcClient jdbc) {
        this.loader = loader;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
    }

    public CampAround load(long campId, Set<Long> shiftIds, Set<Long> people) {
        Long[] moved = shiftIds.toArray(Long[]::new);
        // The people in the problem: who holds a seat of the moved shifts, and who moves.
        var concerned = jdbc.sql("""
                select a.participant_id from seat_assignment a join shift s on s.id = a.shift_id
                join task t on t.id = s.task_id
                where t.camp_id = ? and a.shift_id = any (?) and a.participant_id is not null
                union select p.id from participant p where p.camp_id = ? and p.id = any (?)""")
                .params(campId, moved, campId, people.toArray(Long[]::new))
                .query(Long.class).list().toArray(Long[]::new);
        var shifts = jdbc.sql("""
                select s.id from shift s join task t on t.id = s.task_id where t.camp_id = ? and s.id = any (?)
                union select a.shift_id from seat_assignment a where a.participant_id = any (?)
                union select p.shift_id from published_seat p
                where p.participant_id = any (?)
                  and p.publication_id = (select id from publication where camp_id = ?
                                          order by published_at desc, id desc limit 1)""")
                .params(campId, moved, concerned, concerned, campId)
                .query(Long.class).list();
        var everyone = volunteers.of(campId, Set.copyOf(java.util.Arrays.asList(concerned)));
        var camp = loader.loadPart(campId, shifts.toArray(Long[]::new), concerned, everyone);
        Map<Long, Long> planned = new HashMap<>();
        Map<Long, Long> worked = new HashMap<>();
        // As the loader counts: only seats below the shift's maximum exist, and a check-in's
        // minutes count only while the seat still holds the person it was made for.
        jdbc.sql("""
                select a.participant_id,
                    sum(m.minutes) as planned,
                    sum(coalesce(c.confirmed_minutes, m.minutes)) as worked
                from seat_assignment a join shift s on s.id = a.shift_id join task t on t.id = s.task_id
                cross join lateral (select floor(extract(epoch from s.end_time) / 60)
                                         - floor(extract(epoch from s.start_time) / 60) as minutes) m
                left join seat_check_in c on c.shift_id = a.shift_id and c.seat = a.seat
                    and c.participant_id = a.participant_id
                where t.camp_id = ? and a.participant_id is not null and a.seat < s.max_headcount
                group by a.participant_id""")
                .param(campId)
                .query((ResultSet rs) -> {
                    planned.put(rs.getLong("participant_id"), rs.getLong("planned"));
                    worked.put(rs.getLong("participant_id"), rs.getLong("worked"));
                });
        return new CampAround(camp, planned, worked);
    }
}
