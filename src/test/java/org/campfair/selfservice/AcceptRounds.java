package org.campfair.selfservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's give-away and swap round ({@link SelfServiceBenchmark}): {@code count} people
 * each offer one of their seats, {@code count} others each accept a different one of those
 * offers, all accepts released at once. Only the accepts are timed; finding who may accept
 * what ({@link SeatOfferService#offersFor}) is set-up.
 */
final class AcceptRounds {

    /** People asked which offers they may take, at most, before the round runs with fewer pairs. */
    private static final int MAX_ASKED = 120;

    private final SeatOfferService offers;
    private final JdbcClient jdbc;

    AcceptRounds(SeatOfferService offers, JdbcClient jdbc) {
        this.offers = offers;
        this.jdbc = jdbc;
    }

    record Round(int pairs, Map<String, Integer> outcomes, List<Long> times, long wallNanos) {
    }

    /** One round of {@code kind} offers on shifts from {@code from} days into the camp, by people not in {@code used}. */
    Round run(long campId, SeatOffer.Kind kind, int count, int fromDay, Set<Long> used) throws Exception {
        var seats = jdbc.sql("""
                select a.participant_id, a.shift_id from seat_assignment a join shift s on s.id = a.shift_id
                join task t on t.id = s.task_id
                where t.camp_id = ? and a.participant_id is not null
                  and s.day >= (select min(day) from shift s2 join task t2 on t2.id = s2.task_id where t2.camp_id = ?) + ?
                order by s.day, s.id, a.seat""")
                .params(campId, campId, fromDay).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        var offered = new ArrayList<SeatOffer>();
        for (long[] seat : seats) {
            if (offered.size() == count) {
                break;
            }
            if (used.contains(seat[0])) {
                continue;
            }
            try {
                offered.add(SignIn.asTheApp(() -> offers.offer(seat[0], seat[1], kind)));
                used.add(seat[0]);
            } catch (RefusedChangeException notThisOne) {
                // Pinned, frozen or already offered: the next seat.
            }
        }
        var accepts = pairs(campId, offered, used);
        return release(accepts);
    }

    /** Each offer with someone who may take it (and, for a swap, the shift they give in return). */
    private List<long[]> pairs(long campId, List<SeatOffer> offered, Set<Long> used) {
        var open = new ArrayList<>(offered.stream().map(SeatOffer::id).toList());
        var accepts = new ArrayList<long[]>();
        var people = jdbc.sql("select id from participant where camp_id = ? order by id desc").param(campId)
                .query(Long.class).list();
        int asked = 0;
        for (long person : people) {
            if (open.isEmpty() || asked == MAX_ASKED) {
                break;
            }
            if (used.contains(person)) {
                continue;
            }
            asked++;
            for (var offer : SignIn.asTheApp(() -> offers.offersFor(person))) {
                if (open.remove(offer.id())) {
                    long returned = offer.inReturn().isEmpty() ? -1 : offer.inReturn().getFirst().shiftId();
                    accepts.add(new long[] {person, offer.id(), returned});
                    used.add(person);
                    break;
                }
            }
        }
        return accepts;
    }

    private Round release(List<long[]> accepts) throws Exception {
        var released = AtOnce.release(accepts, "accepted",
                accept -> offers.accept(accept[0], accept[1], accept[2] < 0 ? null : accept[2]));
        return new Round(accepts.size(), released.outcomes(), released.times(), released.wallNanos());
    }
}
