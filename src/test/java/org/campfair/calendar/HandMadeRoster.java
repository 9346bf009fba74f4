package org.campfair.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterPublished;
import org.campfair.roster.RosterService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh copy of a camp (the sample camp unless a test asks for a generated one) with a
 * roster written by hand instead of solved: seats
 * filled round-robin up to each shift's minimum, one bed per participant. Calendars only
 * read what was published, so a deterministic roster in milliseconds beats a solve in
 * seconds, and tests can then move people around with plain SQL and publish again.
 */
public final class HandMadeRoster {

    public final long campId;
    public final List<Long> participants;
    private final JdbcClient jdbc;
    private final RosterService rosters;
    private final CalendarUpdates updates;

    private HandMadeRoster(long campId, List<Long> participants, JdbcClient jdbc, RosterService rosters,
            CalendarUpdates updates) {
        this.campId = campId;
        this.participants = participants;
        this.jdbc = jdbc;
        this.rosters = rosters;
        this.updates = updates;
    }

    /** The absolute address of a feed on the test server's port. */
    public static String feedUrl(int port, String token) {
        return "http://localhost:" + port + FeedPaths.path(token);
    }

    static HandMadeRoster create(CampFiles files, CampImportService importer, RosterService rosters,
            JdbcClient jdbc, CalendarUpdates updates) {
        long campId = importer.importCamp(files);
        List<Long> participants = jdbc.sql("select id from participant where camp_id = ? order by id").param(campId)
                .query(Long.class).list();
        var roster = new HandMadeRoster(campId, participants, jdbc, rosters, updates);
        roster.fillSeats();
        roster.fillBeds();
        jdbc.sql("insert into roster_result (camp_id, score, feasible, solved_at) values (?, '0hard/0medium/0soft', true, ?)")
                .params(campId, Timestamp.from(Instant.now())).update();
        return roster;
    }

    /**
     * Publishes and waits for the calendar work that follows in the background (events,
     * invites), without doing any of it itself: what a test sees next is what that work did.
     */
    public RosterPublished publish() {
        var published = rosters.publish(campId);
        updates.awaitBackgroundWork(Duration.ofMinutes(2));
        return published;
    }

    /** The shifts someone works, in the order their seats were filled. */
    public List<Long> shiftsOf(long participantId) {
        return jdbc.sql("select shift_id from seat_assignment where participant_id = ? order by shift_id")
                .param(participantId).query(Long.class).list();
    }

    public void removeFromShift(long participantId, long shiftId) {
        jdbc.sql("delete from seat_assignment where participant_id = ? and shift_id = ?")
                .params(participantId, shiftId).update();
    }

    public void addToShift(long participantId, long shiftId) {
        jdbc.sql("""
                insert into seat_assignment (shift_id, seat, participant_id)
                select ?, coalesce(max(seat) + 1, 0), ? from seat_assignment where shift_id = ?""")
                .params(shiftId, participantId, shiftId).update();
    }

    public void moveShiftLater(long shiftId, int minutes) {
        jdbc.sql("""
                update shift set start_time = start_time + make_interval(mins => ?),
                    end_time = end_time + make_interval(mins => ?) where id = ?""")
                .params(minutes, minutes, shiftId).update();
    }

    private void fillSeats() {
        List<long[]> shifts = jdbc.sql("""
                select s.id, greatest(s.min_headcount, 1) from shift s join task t on t.id = s.task_id
                where t.camp_id = ? order by s.id""")
                .param(campId).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        int next = 0;
        for (long[] shift : shifts) {
            for (int seat = 0; seat < shift[1]; seat++) {
                jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)")
                        .params(shift[0], seat, participants.get(next++ % participants.size())).update();
            }
        }
    }

    private void fillBeds() {
        List<Long> beds = jdbc.sql("""
                select b.id from bed b join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.camp_id = ? order by b.id""").param(campId).query(Long.class).list();
        for (int i = 0; i < participants.size(); i++) {
            jdbc.sql("insert into bed_assignment (participant_id, bed_id) values (?, ?)")
                    .params(participants.get(i), beds.get(i)).update();
        }
    }
}
