package org.campfair.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.RosterMove;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A participant's own seat change makes a publication that keeps only its changes on top of the
 * full publication before it (V25), yet reads whole through published_seat, as every reader
 * (calendars, the Changes tab, today's board) expects: the previous publication's seats with
 * the changed ones, taken seats added, handed-over seats to their new holder, and an
 * organizer's next publish full again.
 */
@CampfairIntegrationTest
class SeatTakingStoreTest {

    @Autowired
    SpreadCamps spreadCamps;
    @Autowired
    RosterStore rosters;
    @Autowired
    SeatTakingStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private long campId;
    private Roster camp;
    private long full;
    private Seat empty;
    private Seat held;

    /** Half the seats filled; a full publication of them, an empty seat and a held one. */
    @BeforeEach
    void aPublishedCamp() {
        var published = spreadCamps.publish(CampSize.S, 3, 5, SpreadCamps.Who.ANYONE);
        campId = published.campId();
        camp = published.roster();
        full = published.publicationId();
        empty = camp.getSeats().stream().filter(seat -> seat.getVolunteer() == null).findFirst().orElseThrow();
        held = camp.getSeats().stream().filter(seat -> seat.getVolunteer() != null).findFirst().orElseThrow();
    }

    @Test
    void aSeatChangePublicationReadsAsThePreviousOneWithItsChanges() {
        long taker = camp.getVolunteers().get(5).getId();
        long other = camp.getVolunteers().get(7).getId();
        var before = seats(full);
        assertThat(before).doesNotContainKey(empty.getId()).containsKey(held.getId());

        long taken = transaction.execute(status -> store.republishWithSeat(campId, full, empty.getShift().getId(),
                empty.getIndex(), taker, Instant.now()));
        var expected = new HashMap<>(before);
        expected.put(empty.getId(), taker);
        assertThat(seats(taken)).isEqualTo(expected);
        assertThat(ownSeatRows(taken)).as("no copy of the roster").isZero();
        assertThat(base(taken)).isEqualTo(full);

        long handedOver = transaction.execute(status -> store.republishWithHandOvers(taken, List.of(
                new RosterMove.SeatChange(empty.getShift().getId(), empty.getIndex(), other),
                new RosterMove.SeatChange(held.getShift().getId(), held.getIndex(), taker)), Instant.now()));
        expected.put(empty.getId(), other);
        expected.put(held.getId(), taker);
        assertThat(seats(handedOver)).isEqualTo(expected);
        assertThat(base(handedOver)).as("changes count from the full publication").isEqualTo(full);
        assertThat(seats(taken)).as("an earlier publication stays as it was").containsEntry(empty.getId(), taker);
        assertThat(seats(full)).isEqualTo(before);
        // The working roster is as published in full: the taker holds there what they held before.
        var workingSeats = new java.util.HashSet<String>();
        before.forEach((seat, holder) -> {
            if (holder != null && holder == taker) {
                workingSeats.add(seat);
            }
        });
        assertThat(store.holdsExactly(taker, full, workingSeats)).isTrue();
        assertThat(store.holdsExactly(taker, taken, workingSeats)).as("published with one more seat").isFalse();
        var withTaken = new java.util.HashSet<>(workingSeats);
        withTaken.add(empty.getId());
        assertThat(store.holdsExactly(taker, taken, withTaken)).as("the working roster lacks it").isFalse();
        assertThat(store.publishedHolder(handedOver, held.getShift().getId(), held.getIndex())).isEqualTo(taker);

        long next = rosters.publish(campId, "0hard/0medium/0soft", Instant.now());
        assertThat(base(next)).isNull();
        assertThat(ownSeatRows(next)).isPositive();
    }

    @Test
    void aDeletedParticipantsChangedSeatIsEmptyAsTheirOtherSeatsAre() {
        long taker = camp.getVolunteers().get(5).getId();
        long taken = transaction.execute(status -> store.republishWithSeat(campId, full, empty.getShift().getId(),
                empty.getIndex(), taker, Instant.now()));

        jdbc.sql("delete from participant where id = ?").param(taker).update();

        assertThat(seats(taken)).doesNotContainKey(empty.getId()).doesNotContainValue(taker);
    }

    @Test
    void aTakeFillsTheLowestSeatEmptyInTheWorkingRosterAndThePublicationButNeverAPinnedOne() {
        var shift = camp.getSeats().stream().filter(seat -> seat.getVolunteer() == null)
                .collect(java.util.stream.Collectors.groupingBy(Seat::getShift, java.util.stream.Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() >= 3).findFirst().orElseThrow().getKey();
        long shiftId = shift.getId();
        List<Integer> free = jdbc.sql("""
                select n.seat from shift s cross join generate_series(0, s.max_headcount - 1) as n(seat)
                where s.id = :shift
                  and n.seat not in (select seat from seat_assignment where shift_id = :shift and participant_id is not null)
                  and n.seat not in (select seat from published_seat where publication_id = :publication
                                     and shift_id = :shift)
                order by n.seat""").param("shift", shiftId).param("publication", full).query(Integer.class).list();
        assertThat(free).hasSizeGreaterThanOrEqualTo(3);
        // An organizer keeps the lowest one empty.
        jdbc.sql("""
                insert into seat_assignment (shift_id, seat, pinned) values (?, ?, true)
                on conflict (shift_id, seat) do update set pinned = true""").params(shiftId, free.getFirst()).update();

        var takers = camp.getVolunteers().stream().map(volunteer -> volunteer.getId()).toList();
        for (int i = 1; i < free.size(); i++) {
            long taker = takers.get(i);
            Integer seat = transaction.execute(status -> store.fillFirstOpenSeat(shiftId, full, taker));
            assertThat(seat).as("the lowest seat left, not the pinned one").isEqualTo(free.get(i));
            assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = ?")
                    .params(shiftId, seat).query(Long.class).single()).isEqualTo(taker);
        }
        int filled = jdbc.sql("select count(*) from seat_assignment where shift_id = ? and participant_id is not null")
                .param(shiftId).query(Integer.class).single();
        Integer none = transaction.execute(status -> store.fillFirstOpenSeat(shiftId, full, takers.getFirst()));
        assertThat(none).as("no seat left").isNull();
        assertThat(jdbc.sql("select count(*) from seat_assignment where shift_id = ? and participant_id is not null")
                .param(shiftId).query(Integer.class).single()).as("nothing written").isEqualTo(filled);
        assertThat(jdbc.sql("select participant_id is null from seat_assignment where shift_id = ? and seat = ?")
                .params(shiftId, free.getFirst()).query(Boolean.class).single()).as("the pinned seat").isTrue();
    }

    private Map<String, @Nullable Long> seats(long publicationId) {
        Map<String, @Nullable Long> seats = new HashMap<>();
        jdbc.sql("select shift_id, seat, participant_id from published_seat where publication_id = ?")
                .param(publicationId)
                .query((java.sql.ResultSet rs) -> {
                    seats.put(SeatIds.of(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
                });
        return seats;
    }

    private int ownSeatRows(long publicationId) {
        return jdbc.sql("select count(*) from publication_seat where publication_id = ?").param(publicationId)
                .query(Integer.class).single();
    }

    private @Nullable Long base(long publicationId) {
        long base = jdbc.sql("select coalesce(base_publication_id, 0) from publication where id = ?")
                .param(publicationId).query(Long.class).single();
        return base == 0 ? null : base;
    }
}
