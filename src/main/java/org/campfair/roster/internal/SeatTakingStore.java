package org.campfair.roster.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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

    /** The participant's seats in the working roster, as planning seat ids. */
    public Set<String> workingSeats(long participantId) {
        return new HashSet<>(jdbc.sql("select shift_id, seat from seat_assignment where participant_id = ?")
                .param(participantId).query((rs, row) -> SeatIds.of(rs.getLong(1), rs.getInt(2))).list());
    }

    /** The participant's seats in a publication, as planning seat ids. */
    public Set<String> publishedSeats(long publicationId, long participantId) {
        return new HashSet<>(jdbc.sql("""
                select shift_id, seat from published_seat where publication_id = ? and participant_id = ?""")
                .params(publicationId, participantId)
                .query((rs, row) -> SeatIds.of(rs.getLong(1), rs.getInt(2))).list());
    }

    /**
     * The lowest seat of the shift that is empty in the working roster and in the publication
     * and not pinned empty; null when there is none (someone was quicker).
     */
    public @Nullable Integer firstOpenSeat(long shiftId, long publicationId) {
        return jdbc.sql("""
                select min(n.seat) from shift s cross join generate_series(0, s.max_headcount - 1) as n(seat)
                where s.id = :shift
                  and not exists (select 1 from seat_assignment a where a.shift_id = s.id and a.seat = n.seat
                                  and (a.participant_id is not null or a.pinned))
                  and not exists (select 1 from published_seat p where p.publication_id = :publication
                                  and p.shift_id = s.id and p.seat = n.seat)""")
                .param("shift", shiftId).param("publication", publicationId)
                .query((rs, row) -> {
                    int seat = rs.getInt(1);
                    return rs.wasNull() ? null : seat;
                }).optional().orElse(null);
    }

    /** Puts the participant in the empty, unpinned seat of the working roster; false if it is not. */
    public boolean fillWorkingSeat(long shiftId, int seat, long participantId) {
        return jdbc.sql("""
                insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)
                on conflict (shift_id, seat) do update set participant_id = excluded.participant_id,
                    version = seat_assignment.version + 1
                where seat_assignment.participant_id is null and not seat_assignment.pinned""")
                .params(shiftId, seat, participantId).update() == 1;
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
        long id = jdbc.sql("""
                insert into publication (camp_id, score, published_at, base_publication_id)
                select camp_id, score, greatest(?, published_at), coalesce(base_publication_id, id)
                from publication where id = ? returning id""")
                .params(Timestamp.from(at), previous).query(Long.class).single();
        jdbc.sql("""
                insert into publication_seat_change (publication_id, shift_id, seat, participant_id)
                select ?, shift_id, seat, participant_id from publication_seat_change where publication_id = ?""")
                .params(id, previous).update();
        for (var change : changes) {
            jdbc.sql("""
                    insert into publication_seat_change (publication_id, shift_id, seat, participant_id)
                    values (?, ?, ?, ?)
                    on conflict (publication_id, shift_id, seat) do update set participant_id = excluded.participant_id""")
                    .params(id, change.shiftId(), change.seat(), change.participantId()).update();
        }
        jdbc.sql("""
                insert into published_bed (publication_id, participant_id, bed_id)
                select ?, participant_id, bed_id from published_bed where publication_id = ?""")
                .params(id, previous).update();
        return id;
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
