package org.campfair.selfservice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.campfair.selfservice.PendingChange;
import org.campfair.selfservice.SeatOffer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes seat offers; a seat has at most one open offer (a partial unique index). */
@Component
public class SeatOfferStore {

    private static final String OFFERS = """
            select o.id, o.kind, o.shift_id, o.seat, t.name as task, site.name as site, s.day, s.start_time, s.end_time,
                p.nickname, o.expires_at, case when o.closed_at is null then a.nickname end as accepted_by
            from seat_offer o join shift s on s.id = o.shift_id join task t on t.id = s.task_id
            join site on site.id = t.site_id join participant p on p.id = o.offered_by
            left join participant a on a.id = o.taken_by
            """;

    private final JdbcClient jdbc;

    SeatOfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new open offer; empty when the seat is already offered. */
    public Optional<Long> create(long campId, SeatOffer.Kind kind, long shiftId, int seat, long participantId,
            Instant now, Instant expires) {
        // An expired offer no longer holds the seat's place.
        jdbc.sql("update seat_offer set closed_at = ?, outcome = 'EXPIRED' where shift_id = ? and seat = ? "
                + "and closed_at is null and expires_at <= ?")
                .params(Timestamp.from(now), shiftId, seat, Timestamp.from(now)).update();
        try {
            return Optional.of(jdbc.sql("""
                    insert into seat_offer (camp_id, kind, shift_id, seat, offered_by, offered_at, expires_at)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(campId, kind.name(), shiftId, seat, participantId, Timestamp.from(now),
                            Timestamp.from(expires))
                    .query(Long.class).single());
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    public Optional<SeatOffer> get(long offerId) {
        return jdbc.sql(OFFERS + "where o.id = ?").param(offerId).query(SeatOfferStore::offer).optional();
    }

    public long campOf(long offerId) {
        return jdbc.sql("select camp_id from seat_offer where id = ?").param(offerId).query(Long.class).single();
    }

    public long offeredBy(long offerId) {
        return jdbc.sql("select offered_by from seat_offer where id = ?").param(offerId).query(Long.class).single();
    }

    public boolean isOpen(long offerId) {
        return jdbc.sql("select closed_at is null and taken_by is null from seat_offer where id = ?").param(offerId)
                .query(Boolean.class).single();
    }

    /**
     * Where an offer stands, to say truthfully why it cannot be taken: its outcome once closed
     * (GIVEN, SWAPPED, WITHDRAWN, EXPIRED, DECLINED, WAITING_LIST), who took or accepted it (while
     * open: who waits for the organizers), and until when it was open.
     */
    public record Standing(@Nullable String outcome, @Nullable Long takenBy, Instant expiresAt) {
    }

    public Optional<Standing> standing(long offerId) {
        return jdbc.sql("select outcome, taken_by, expires_at from seat_offer where id = ?").param(offerId)
                .query((rs, row) -> new Standing(rs.getString(1), rs.getObject(2, Long.class),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /**
     * A holder's seat of a shift: its number in the working roster and in the camp's latest
     * publication, each null where they have none. A re-plan may give them another seat number of
     * the same shift; the seat they offered is the one they hold now.
     */
    public record HolderSeat(@Nullable Integer working, @Nullable Integer published) {
    }

    public HolderSeat seatOf(long campId, long shiftId, long holderId) {
        return jdbc.sql("""
                select (select min(a.seat) from seat_assignment a where a.shift_id = :shift
                            and a.participant_id = :holder),
                       (select min(p.seat) from published_seat p where p.shift_id = :shift and p.participant_id = :holder
                            and p.publication_id = (select id from publication where camp_id = :camp
                                                    order by published_at desc, id desc limit 1))""")
                .param("shift", shiftId).param("holder", holderId).param("camp", campId)
                .query((rs, row) -> new HolderSeat(rs.getObject(1, Integer.class), rs.getObject(2, Integer.class)))
                .single();
    }

    /** The camp's open, unexpired offers but those of {@code exceptBy}, soonest shift first. */
    public List<SeatOffer> openOf(long campId, long exceptBy, Instant now) {
        return jdbc.sql(OFFERS + """
                where o.camp_id = ? and o.offered_by <> ? and o.closed_at is null and o.taken_by is null
                    and o.expires_at > ?
                order by s.day, s.start_time, o.id limit 200""")
                .params(campId, exceptBy, Timestamp.from(now)).query(SeatOfferStore::offer).list();
    }

    /** The participant's own open offers, those waiting for approval included. */
    public List<SeatOffer> openBy(long participantId, Instant now) {
        return jdbc.sql(OFFERS + """
                where o.offered_by = ? and o.closed_at is null and o.expires_at > ? order by s.day, s.start_time""")
                .params(participantId, Timestamp.from(now)).query(SeatOfferStore::offer).list();
    }

    /**
     * Locks the offer until the transaction ends, if it is the camp's and still open: of two
     * people accepting it at once, the second waits and then finds it closed.
     */
    public boolean lockOpen(long offerId, long campId, Instant now) {
        return !jdbc.sql("""
                select id from seat_offer where id = ? and camp_id = ? and closed_at is null and taken_by is null
                    and expires_at > ? for update""")
                .params(offerId, campId, Timestamp.from(now)).query(Long.class).list().isEmpty();
    }

    public void close(long offerId, long takenBy, Instant now) {
        jdbc.sql("update seat_offer set closed_at = ?, taken_by = ?, outcome = 'GIVEN' where id = ?")
                .params(Timestamp.from(now), takenBy, offerId).update();
    }

    /** Closes a swap offer, with the seat the taker gave in return. */
    public void closeSwapped(long offerId, long takenBy, long returnedShift, int returnedSeat, Instant now) {
        jdbc.sql("""
                update seat_offer set closed_at = ?, taken_by = ?, outcome = 'SWAPPED', returned_shift_id = ?,
                    returned_seat = ? where id = ?""")
                .params(Timestamp.from(now), takenBy, returnedShift, returnedSeat, offerId).update();
    }

    /** Withdraws the participant's own open offer; false when there is none such. */
    public boolean withdraw(long offerId, long participantId, Instant now) {
        return jdbc.sql("""
                update seat_offer set closed_at = ?, outcome = 'WITHDRAWN'
                where id = ? and offered_by = ? and closed_at is null""")
                .params(Timestamp.from(now), offerId, participantId).update() == 1;
    }

    /** Offers the participant accepted that wait for an organizer's approval. */
    public List<SeatOffer> acceptedBy(long participantId, Instant now) {
        return jdbc.sql(OFFERS + """
                where o.taken_by = ? and o.closed_at is null and o.expires_at > ? order by s.day, s.start_time""")
                .params(participantId, Timestamp.from(now)).query(SeatOfferStore::offer).list();
    }

    /**
     * Marks the locked open offer as accepted by {@code takerId}, waiting for approval until the
     * shift starts at the latest.
     */
    public void request(long offerId, long takerId, @Nullable Long returnShiftId, Instant now, Instant shiftStarts) {
        jdbc.sql("""
                update seat_offer set taken_by = ?, returned_shift_id = ?, requested_at = ?, expires_at = ?
                where id = ? and closed_at is null""")
                .params(takerId, returnShiftId, Timestamp.from(now), Timestamp.from(shiftStarts), offerId).update();
    }

    /** An accepted offer of the camp waiting for approval, as locked until the transaction ends. */
    public record Pending(long offerId, SeatOffer.Kind kind, long shiftId, int seat, long offeredBy, long takenBy,
            @Nullable Long returnShiftId, Instant expiresAt) {
    }

    public Optional<Pending> lockPending(long offerId, long campId) {
        return jdbc.sql("""
                select id, kind, shift_id, seat, offered_by, taken_by, returned_shift_id, expires_at from seat_offer
                where id = ? and camp_id = ? and closed_at is null and taken_by is not null for update""")
                .params(offerId, campId)
                .query((rs, row) -> new Pending(rs.getLong(1), SeatOffer.Kind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getInt(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, Long.class),
                        rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** Declines a pending change: the offer closes and both seats stay with their holders. */
    public boolean decline(long offerId, long campId, Instant now) {
        return jdbc.sql("""
                update seat_offer set closed_at = ?, outcome = 'DECLINED'
                where id = ? and camp_id = ? and closed_at is null and taken_by is not null""")
                .params(Timestamp.from(now), offerId, campId).update() == 1;
    }

    /** The camp's changes waiting for approval, oldest request first, at most {@code limit}. */
    public List<PendingChange> pending(long campId, int limit) {
        return jdbc.sql("""
                select o.id, o.kind, p.nickname, a.nickname, t.name, s.day, s.start_time, s.end_time,
                    rt.name, r.day, r.start_time, r.end_time, o.requested_at
                from seat_offer o join shift s on s.id = o.shift_id join task t on t.id = s.task_id
                join participant p on p.id = o.offered_by join participant a on a.id = o.taken_by
                left join shift r on r.id = o.returned_shift_id left join task rt on rt.id = r.task_id
                where o.camp_id = ? and o.closed_at is null and o.taken_by is not null
                order by o.requested_at, o.id limit ?""")
                .params(campId, limit)
                .query((rs, row) -> new PendingChange(rs.getLong(1), SeatOffer.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalTime.class), rs.getObject(8, LocalTime.class), rs.getString(9),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalTime.class),
                        rs.getObject(12, LocalTime.class), rs.getTimestamp(13).toInstant()))
                .list();
    }

    private static SeatOffer offer(ResultSet rs, int row) throws SQLException {
        return new SeatOffer(rs.getLong("id"), SeatOffer.Kind.valueOf(rs.getString("kind")), rs.getLong("shift_id"),
                rs.getInt("seat"), rs.getString("task"),
                rs.getString("site"), rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), rs.getString("nickname"),
                rs.getTimestamp("expires_at").toInstant(), List.of(), rs.getString("accepted_by"));
    }
}
