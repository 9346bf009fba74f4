package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campfair.roster.RosterMove;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes of a seat a participant takes themselves: the working roster and a new
 * publication that is the latest one plus that seat, so that nothing the organizers have not
 * published yet reaches anyone's calendar. All of it runs under the camp's publication lock.
 */
@Component
public class SeatTakingStore {

    /** First key of the advisory lock; the second is the camp id. "ROS" in ASCII. */
    private static final int LOCK_SPACE = 0x524F53;

    private final JdbcClient jdbc;

    SeatTakingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes, until the transaction ends, everything that makes a publication of the camp:
     * an organizer's publish and participants' own seat changes. Without it, a seat taken while
     * the organizer publishes could land in the working roster but not in the publication the
     * calendars follow.
     */
    public void lockPublications(long campId) {
        lockPublications(jdbc, campId);
    }

    static void lockPublications(JdbcClient jdbc, long campId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) campId).query((rs, row) -> 1).list();
    }

    public Optional<Long> latestPublication(long campId) {
        return jdbc.sql("select id from publication where camp_id = ? order by published_at desc, id desc limit 1")
                .param(campId).query(Long.class).optional();
    }

    /** The camp published most recently, if any camp is. */
    public Optional<Long> lastPublishedCamp() {
        return jdbc.sql("select camp_id from publication order by published_at desc, id desc limit 1")
                .query(Long.class).optional();
    }

    /**
     * Refreshes the query planner's statistics of the tables a take reads. After a solve has
     * saved and an organizer published thousands of seats, PostgreSQL's own analyze follows
     * only within a minute or so, and until then it plans the take's queries for the tables
     * as they were before: the first rush on a new camp took twice as long (docs/benchmark.md).
     * A table the app's user does not own is skipped with a warning, not an error.
     */
    public void refreshStatistics() {
        jdbc.sql("""
                analyze seat_assignment, bed_assignment, publication, publication_seat, publication_seat_change,
                    published_bed, shift, task, participant, participant_unavailability, task_preference,
                    seat_check_in""").update();
    }

    /** Up to {@code limit} of the camp's participants, by id. */
    public List<Long> participants(long campId, int limit) {
        return jdbc.sql("select id from participant where camp_id = ? order by id limit ?")
                .params(campId, limit).query(Long.class).list();
    }

    /**
     * True when the participant's seats in the working roster and in the publication are
     * exactly {@code seats} (planning seat ids); one query, as it runs under the publish lock.
     */
    public boolean holdsExactly(long participantId, long publicationId, Set<String> seats) {
        var working = new HashSet<String>();
        var published = new HashSet<String>();
        jdbc.sql("""
                select true, shift_id, seat from seat_assignment where participant_id = :participant
                union all
                select false, shift_id, seat from published_seat
                where publication_id = :publication and participant_id = :participant""")
                .param("participant", participantId).param("publication", publicationId)
                .query((ResultSet rs) -> {
                    (rs.getBoolean(1) ? working : published).add(SeatIds.of(rs.getLong(2), rs.getInt(3)));
                });
        return working.equals(seats) && published.equals(seats);
    }

    /**
     * Puts the participant in the lowest seat of the shift that is empty in the working roster
     * and in the publication and not pinned empty; answers that seat, or null when there is none
     * (someone was quicker). One statement: it runs under the publish lock, which a rush of
     * takes passes one at a time, so each round trip there adds to every later take's wait.
     */
    public @Nullable Integer fillFirstOpenSeat(long shiftId, long publicationId, long participantId) {
        return jdbc.sql("""
                with free as (
                    select min(n.seat) as seat from shift s cross join generate_series(0, s.max_headcount - 1) as n(seat)
                    where s.id = :shift
                      and not exists (select 1 from seat_assignment a where a.shift_id = s.id and a.seat = n.seat
                                      and (a.participant_id is not null or a.pinned))
                      and not exists (select 1 from published_seat p where p.publication_id = :publication
                                      and p.shift_id = s.id and p.seat = n.seat))
                insert into seat_assignment (shift_id, seat, participant_id)
                select :shift, seat, :participant from free where seat is not null
                on conflict (shift_id, seat) do update set participant_id = excluded.participant_id,
                    version = seat_assignment.version + 1
                where seat_assignment.participant_id is null and not seat_assignment.pinned
                returning seat""")
                .param("shift", shiftId).param("publication", publicationId).param("participant", participantId)
                .query(Integer.class).optional().orElse(null);
    }

    /** A new publication: the previous one with the participant in the seat; returns its id. */
    public long republishWithSeat(long campId, long previous, long shiftId, int seat, long participantId,
            Instant at) {
        return republishWith(previous, List.of(new RosterMove.SeatChange(shiftId, seat, participantId)), at);
    }

    /**
     * A new publication: the previous one with the seats changed, and its beds; returns its id.
     * It keeps only its seat changes on top of the full publication the previous one is or
     * follows (published_seat shows it whole): copying every seat, ~10,000 rows on a large camp,
     * once per take under the publish lock, made a rush of takes wait on each other.
     */
    private long republishWith(long previous, List<RosterMove.SeatChange> changes, Instant at) {
        // The last change of a seat wins, as it would applied one after another.
        Map<String, RosterMove.SeatChange> bySeat = new LinkedHashMap<>();
        changes.forEach(change -> bySeat.put(SeatIds.of(change.shiftId(), change.seat()), change));
        var last = List.copyOf(bySeat.values());
        // One statement: it runs under the publish lock, where every round trip of a take makes
        // the other takes of a rush wait.
        return jdbc.sql("""
                with created as (
                    insert into publication (camp_id, score, published_at, base_publication_id)
                    select camp_id, score, greatest(:at, published_at), coalesce(base_publication_id, id)
                    from publication where id = :previous returning id),
                changed (shift_id, seat, participant_id) as (
                    select * from unnest(cast(:shifts as bigint[]), cast(:seats as integer[]),
                                         cast(:participants as bigint[]))),
                seats as (
                    insert into publication_seat_change (publication_id, shift_id, seat, participant_id)
                    select created.id, c.shift_id, c.seat, c.participant_id
                    from created, publication_seat_change c
                    where c.publication_id = :previous
                      and not exists (select 1 from changed n where n.shift_id = c.shift_id and n.seat = c.seat)
                    union all
                    select created.id, n.shift_id, n.seat, n.participant_id from created, changed n),
                beds as (
                    insert into published_bed (publication_id, participant_id, bed_id)
                    select created.id, b.participant_id, b.bed_id from created, published_bed b
                    where b.publication_id = :previous)
                select id from created""")
                .param("at", Timestamp.from(at)).param("previous", previous)
                .param("shifts", last.stream().map(RosterMove.SeatChange::shiftId).toArray(Long[]::new))
                .param("seats", last.stream().map(RosterMove.SeatChange::seat).toArray(Integer[]::new))
                .param("participants", last.stream().map(RosterMove.SeatChange::participantId).toArray(Long[]::new))
                .query(Long.class).single();
    }

    /** Who holds the seat in the publication; null when nobody does. */
    public @Nullable Long publishedHolder(long publicationId, long shiftId, int seat) {
        return jdbc.sql("select participant_id from published_seat where publication_id = ? and shift_id = ? and seat = ?")
                .params(publicationId, shiftId, seat).query(Long.class).optional().orElse(null);
    }

    /** Gives the giver's unpinned seat of the working roster to the taker; false if it is not the giver's. */
    public boolean handOverWorkingSeat(long shiftId, int seat, long giverId, long takerId) {
        return jdbc.sql("""
                update seat_assignment set participant_id = ?, version = version + 1
                where shift_id = ? and seat = ? and participant_id = ? and not pinned""")
                .params(takerId, shiftId, seat, giverId).update() == 1;
    }

    /**
     * A new publication: the previous one with each seat handed to its new holder (one seat for
     * a give-away, two for a swap); returns its id.
     */
    public long republishWithHandOvers(long previous, List<RosterMove.SeatChange> handOvers, Instant at) {
        return republishWith(previous, handOvers, at);
    }
}
