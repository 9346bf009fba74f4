package org.campfair.campday;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The published sample camp ({@link PublishedSampleCamp}: Kuma and Mikan on two shifts),
 * moved into the past so that it ended three days ago, with the first shift's task renamed to
 * Japanese and every seat checked in: Kuma came to the first shift and left the second after
 * an hour; Mikan came late to the first (100 minutes) and did not come to the second.
 */
public record EndedCamp(long campId, long kuma, long mikan, List<Long> shiftIds, String japaneseTask) {

    public static final String JAPANESE_TASK = "柚子ジャム作り";
    public static final int MIKAN_MINUTES = 100;
    public static final int KUMA_SECOND_SHIFT_MINUTES = 60;

    public static EndedCamp publish(String participantAccount, CampImportService importer, JdbcClient jdbc) {
        var published = PublishedSampleCamp.publishFor(participantAccount, importer, jdbc);
        long campId = published.campId();
        moveIntoThePast(jdbc, campId, 3);
        List<Long> shifts = published.shiftIds();
        jdbc.sql("update task set name = ? where id = (select task_id from shift where id = ?)")
                .params(JAPANESE_TASK, shifts.getFirst()).update();
        long kuma = participant(jdbc, campId, PublishedSampleCamp.LEAD);
        long mikan = published.participantId();
        mark(jdbc, shifts.get(0), 0, kuma, CheckInState.CAME, null);
        mark(jdbc, shifts.get(0), 1, mikan, CheckInState.CAME_LATE, MIKAN_MINUTES);
        mark(jdbc, shifts.get(1), 0, kuma, CheckInState.LEFT_EARLY, KUMA_SECOND_SHIFT_MINUTES);
        mark(jdbc, shifts.get(1), 1, mikan, CheckInState.DID_NOT_COME, 0);
        return new EndedCamp(campId, kuma, mikan, shifts, JAPANESE_TASK);
    }

    /** Moves the camp's days, shifts and stays so that its last day was {@code daysAgo} days ago (UTC). */
    public static void moveIntoThePast(JdbcClient jdbc, long campId, int daysAgo) {
        LocalDate ends = jdbc.sql("select ends_on from camp where id = ?").param(campId).query(LocalDate.class).single();
        int back = (int) ChronoUnit.DAYS.between(LocalDate.now().minusDays(daysAgo), ends);
        jdbc.sql("update camp set starts_on = starts_on - ?, ends_on = ends_on - ? where id = ?")
                .params(back, back, campId).update();
        jdbc.sql("update shift set day = day - ? where task_id in (select id from task where camp_id = ?)")
                .params(back, campId).update();
        jdbc.sql("update participant set arrives_on = arrives_on - ?, departs_on = departs_on - ? where camp_id = ?")
                .params(back, back, campId).update();
    }

    /** A mark as check-in writes it; {@code minutes} null for the shift's planned minutes. */
    static void mark(JdbcClient jdbc, long shiftId, int seat, long participantId, CheckInState state,
            Integer minutes) {
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                select s.id, ?, ?, ?, coalesce(?, extract(epoch from s.end_time - s.start_time)::int / 60), now(), 1
                from shift s where s.id = ?""")
                .params(seat, participantId, state.name(), minutes, shiftId).update();
    }

    static int plannedMinutes(JdbcClient jdbc, long shiftId) {
        return jdbc.sql("select extract(epoch from end_time - start_time)::int / 60 from shift where id = ?")
                .param(shiftId).query(Integer.class).single();
    }

    private static long participant(JdbcClient jdbc, long campId, String nickname) {
        return jdbc.sql("select id from participant where camp_id = ? and nickname = ?").params(campId, nickname)
                .query(Long.class).single();
    }
}
