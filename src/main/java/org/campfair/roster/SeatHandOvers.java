package org.campfair.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.internal.CampAround;
import org.campfair.roster.internal.SeatChoices;
import org.campfair.roster.internal.SeatIds;
import org.campfair.roster.internal.SeatTakingStore;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.solver.Rule;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published seat one participant gives away and another takes, checked as a taken open
 * seat is ({@link ParticipantSeats}): the taker by the solver's eligibility, the roster by its
 * score with the seat handed over (no hard rule newly broken, for either of them), and written
 * to the working roster and a new publication under the publish lock, then announced as
 * {@link RosterPublished} so both people's calendars follow. A swap is two hand-overs in one
 * write: each person must be eligible for the other's seat once they gave up their own, and the
 * roster with both seats exchanged must break no hard rule it did not break before.
 */
@Service
public class SeatHandOvers {

    private final SeatRepublishing seats;
    private final SeatTakingStore store;
    private final ParticipantService participants;
    private final CampAccess access;

    SeatHandOvers(SeatRepublishing seats, SeatTakingStore store, ParticipantService participants, CampAccess access) {
        this.seats = seats;
        this.store = store;
        this.participants = participants;
        this.access = access;
    }

    /**
     * The participant's seat of the shift, if they may give it away: theirs in the working and
     * published roster, not pinned, the shift not started.
     *
     * @throws RefusedChangeException naming why not
     */
    @Transactional(readOnly = true)
    public OpenSeat givable(long participantId, long shiftId) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        var choices = seats.choices(campId, participantId);
        if (!choices.settled()) {
            throw new RefusedChangeException("openSeats.refused.changed");
        }
        choices.opening(shiftId);
        Seat seat = choices.givable(shiftId);
        if (seat == null) {
            throw new RefusedChangeException("offers.refused.notYours");
        }
        return describe(choices, seat, -1);
    }

    /** Of {@code shiftIds}, those the participant may take a seat of by the solver's eligibility. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> takable(long participantId, java.util.List<Long> shiftIds) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        var taker = seats.choices(campId, participantId);
        if (!taker.settled()) {
            return java.util.Set.of();
        }
        var result = new java.util.HashSet<Long>();
        for (long shiftId : shiftIds) {
            var seat = taker.seat(shiftId, 0);
            if (seat != null && !taker.holds(shiftId) && taker.refusal(seat.getShift()) == null) {
                result.add(shiftId);
            }
        }
        return result;
    }

    /**
     * What taking the giver's seat would do for the taker, in the language of {@code locale}.
     *
     * @throws RefusedChangeException naming why the taker cannot take it
     */
    @Transactional(readOnly = true)
    public SeatTakePreview preview(long takerId, long giverId, long shiftId, int seat, Locale locale) {
        access.requireParticipantOrOrganizer(takerId);
        long campId = sameCamp(takerId, giverId);
        Roster camp = seats.load(campId);
        var taker = seats.choices(campId, camp, takerId);
        Seat handed = checked(campId, taker, giverId, shiftId, seat, null);
        var move = seats.preview(camp, RosterMove.seat(shiftId, seat, takerId), locale);
        return new SeatTakePreview(describe(taker, handed, 1), taker.hoursPerDay(), taker.fairShare(), move.added(),
                move.removed());
    }

    /**
     * Hands the giver's seat to the taker in the working roster and a new publication, unless
     * that puts the taker more than {@code maxExtraHoursPerDay} above the fair share.
     *
     * @throws RefusedChangeException naming why not, "offers.refused.gone" when the seat is no
     *     longer the giver's
     */
    @Transactional
    public TakenSeat handOver(long takerId, long giverId, long shiftId, int seat, double maxExtraHoursPerDay) {
        access.requireParticipantOrOrganizer(takerId);
        long campId = sameCamp(takerId, giverId);
        // Only the part of the camp the hand-over concerns, as a take reads it.
        var part = seats.around(campId, Set.of(shiftId), Set.of(takerId, giverId));
        var taker = seats.choices(campId, part, takerId);
        Seat handed = checked(campId, taker, giverId, shiftId, seat, null);
        OpenSeat described = describe(taker, handed, 1);
        SeatRepublishing.requireWithinCap(described, maxExtraHoursPerDay);
        var move = RosterMove.seat(shiftId, seat, takerId);
        long publicationId = write(campId, seats.check(part, move), List.of(taker),
                Map.of(SeatIds.of(shiftId, seat), giverId));
        return new TakenSeat(campId, takerId, described, publicationId, taker.hoursPerDay());
    }

    /**
     * For each offered seat, the taker's seats they may give its holder in return: both eligible
     * by the solver's rules once the seats are exchanged. Empty for a seat that cannot be swapped
     * to the taker at all. The roster is loaded once for all of them.
     */
    @Transactional(readOnly = true)
    public List<List<OpenSeat>> inReturn(long takerId, List<HeldSeat> offered) {
        access.requireParticipantOrOrganizer(takerId);
        long campId = participants.get(takerId).campId();
        Roster roster = seats.load(campId);
        var taker = seats.choices(campId, roster, takerId);
        var result = new ArrayList<List<OpenSeat>>();
        for (var held : offered) {
            result.add(taker.settled() && held.holderId() != takerId
                    ? inReturn(campId, taker, seats.choices(campId, roster, held.holderId()), held) : List.of());
        }
        return result;
    }

    private List<OpenSeat> inReturn(long campId, SeatChoices taker, SeatChoices giver, HeldSeat held) {
        Seat offered = taker.seat(held.shiftId(), held.seat());
        if (!giver.settled() || offered == null || offered.getVolunteer() == null
                || offered.getVolunteer().getId() != held.holderId() || taker.holds(held.shiftId())) {
            return List.of();
        }
        var result = new ArrayList<OpenSeat>();
        for (Seat mine : taker.mine()) {
            if (mine.isPinned() || !mine.getShift().getStart().isAfter(seats.now(campId))
                    || giver.holds(mine.getShift().getId())) {
                continue;
            }
            if (taker.refusal(offered.getShift(), mine.getShift()) == null
                    && giver.refusal(mine.getShift(), offered.getShift()) == null) {
                // The taker's own seat, shown with their hours per day once the swap is made.
                result.add(described(mine, taker.hoursPerDayExchanging(offered.getShift(), mine.getShift()),
                        taker.fairShare()));
            }
        }
        return result;
    }

    /**
     * What exchanging the taker's seat of {@code returnShiftId} for the giver's seat would do,
     * for the taker, with the soft rules the whole roster gets dearer or cheaper.
     *
     * @throws RefusedChangeException naming why the exchange is refused, and whose rule
     */
    @Transactional(readOnly = true)
    public SeatTakePreview previewSwap(long takerId, long giverId, long shiftId, int seat, long returnShiftId,
            Locale locale) {
        var swap = checkedSwap(takerId, giverId, shiftId, seat, returnShiftId, Double.MAX_VALUE, true);
        var move = seats.preview(swap.camp.camp(), swap.move(), locale);
        return new SeatTakePreview(swap.taken, swap.taker.hoursPerDay(), swap.taker.fairShare(), move.added(),
                move.removed());
    }

    /**
     * Exchanges the giver's seat for the taker's seat of {@code returnShiftId}, both seats in one
     * transaction under the publish lock, unless that puts either of them more than
     * {@code maxExtraHoursPerDay} above the fair share.
     *
     * @throws RefusedChangeException naming why not, "offers.refused.gone" when either seat changed hands meanwhile
     */
    @Transactional
    public SeatSwap swap(long takerId, long giverId, long shiftId, int seat, long returnShiftId,
            double maxExtraHoursPerDay) {
        var swap = checkedSwap(takerId, giverId, shiftId, seat, returnShiftId, maxExtraHoursPerDay, false);
        var returned = swap.returned;
        long publicationId = write(swap.campId, seats.check(swap.camp, swap.move()), List.of(swap.taker, swap.giver),
                Map.of(SeatIds.of(shiftId, seat), giverId, SeatIds.of(returned.shiftId(), returned.seat()), takerId));
        return new SeatSwap(new TakenSeat(swap.campId, takerId, swap.taken, publicationId, swap.taker.hoursPerDay()),
                new TakenSeat(swap.campId, giverId, returned, publicationId, swap.giver.hoursPerDay()));
    }

    /** Both sides of a swap, checked: each may take the other's seat once they gave up their own. */
    private record CheckedSwap(long campId, CampAround camp, SeatChoices taker, SeatChoices giver, OpenSeat taken,
            OpenSeat returned) {
        RosterMove move() {
            return new RosterMove(List.of(new RosterMove.SeatChange(taken.shiftId(), taken.seat(), taker.participantId()),
                    new RosterMove.SeatChange(returned.shiftId(), returned.seat(), giver.participantId())), List.of());
        }
    }

    /**
     * @param whole read the whole camp, for a preview's sentences; else only the part of the camp
     *     around the two seats, which is all the check before a swap needs
     */
    private CheckedSwap checkedSwap(long takerId, long giverId, long shiftId, int seat, long returnShiftId,
            double maxExtraHoursPerDay, boolean whole) {
        access.requireParticipantOrOrganizer(takerId);
        long campId = sameCamp(takerId, giverId);
        CampAround camp = whole ? new CampAround(seats.load(campId), Map.of(), Map.of())
                : seats.around(campId, Set.of(shiftId, returnShiftId), Set.of(takerId, giverId));
        var taker = whole ? seats.choices(campId, camp.camp(), takerId) : seats.choices(campId, camp, takerId);
        var giver = whole ? seats.choices(campId, camp.camp(), giverId) : seats.choices(campId, camp, giverId);
        Seat mine = taker.givable(returnShiftId);
        if (mine == null) {
            throw new RefusedChangeException("offers.refused.notYours");
        }
        Seat offered = checked(campId, taker, giverId, shiftId, seat, mine.getShift());
        if (!giver.settled()) {
            throw new RefusedChangeException("offers.refused.gone");
        }
        if (giver.holds(returnShiftId)) {
            throw new RefusedChangeException("offers.refused.swap.alreadyTheirs");
        }
        Rule rule = giver.refusal(mine.getShift(), offered.getShift());
        if (rule != null) {
            throw new RefusedChangeException("offers.refused.swap." + rule.name());
        }
        var taken = exchanged(taker, mine, offered);
        var returned = exchanged(giver, offered, mine);
        SeatRepublishing.requireWithinCap(taken, maxExtraHoursPerDay);
        SeatRepublishing.requireWithinCap(returned, maxExtraHoursPerDay);
        return new CheckedSwap(campId, camp, taker, giver, taken, returned);
    }

    /**
     * Writes the move {@code preview} checked by the score (on the part of the camp the people's
     * choices were read from) once, under the publish lock, nothing the checks relied on moved
     * (the people's seats, each seat's holder): to the working roster and a new publication.
     *
     * @param holders the holder each seat of the move must still have, by seat id
     */
    private long write(long campId, MovePreview preview, List<SeatChoices> people, Map<String, Long> holders) {
        var move = preview.move();
        long previous = seats.lockLatestPublication(campId);
        for (var person : people) {
            if (!seats.unchanged(previous, person)) {
                throw new RefusedChangeException(person == people.getFirst() ? "openSeats.refused.changed"
                        : "offers.refused.gone");
            }
        }
        for (var change : move.seats()) {
            long from = holders.get(SeatIds.of(change.shiftId(), change.seat()));
            if (!Objects.equals(store.publishedHolder(previous, change.shiftId(), change.seat()), from)
                    || !store.handOverWorkingSeat(change.shiftId(), change.seat(), from,
                            Objects.requireNonNull(change.participantId()))) {
                throw new RefusedChangeException("offers.refused.gone");
            }
        }
        return seats.publish(campId, preview, now -> store.republishWithHandOvers(previous, move.seats(), now));
    }

    /**
     * The seat the person takes in a swap, with their hours per day once they gave up
     * {@code given}; the camp's mean hardly moves in a swap, so it is shown as it is.
     */
    private static OpenSeat exchanged(SeatChoices person, Seat given, Seat taken) {
        return described(taken, person.hoursPerDayExchanging(taken.getShift(), given.getShift()), person.fairShare());
    }

    private static OpenSeat described(Seat seat, double hoursPerDayAfter, double fairShareAfter) {
        var shift = seat.getShift();
        return new OpenSeat(shift.getId(), seat.getIndex(), shift.getTaskName(), shift.getSite().name(),
                shift.getDay(), shift.getStart().toLocalTime(), shift.getEnd().toLocalTime(), seat.isRequired(),
                hoursPerDayAfter, fairShareAfter);
    }

    private long sameCamp(long takerId, long giverId) {
        long campId = participants.get(takerId).campId();
        if (takerId == giverId) {
            throw new RefusedChangeException("openSeats.refused.alreadyYours");
        }
        return campId;
    }

    /** The giver's seat, if it is still theirs and the taker may take it; else why not. */
    private Seat checked(long campId, SeatChoices taker, long giverId, long shiftId, int index,
            @Nullable Shift givenUp) {
        seats.requirePublished(campId);
        if (!taker.settled()) {
            throw new RefusedChangeException("openSeats.refused.changed");
        }
        taker.opening(shiftId);
        Seat seat = taker.seat(shiftId, index);
        if (seat == null) {
            throw new NotFoundException("Seat " + index + " of shift", shiftId);
        }
        if (seat.getVolunteer() == null || seat.getVolunteer().getId() != giverId || seat.getOriginalVolunteer() == null
                || seat.getOriginalVolunteer().getId() != giverId || seat.isPinned()) {
            throw new RefusedChangeException("offers.refused.gone");
        }
        if (!seat.getShift().getStart().isAfter(seats.now(campId))) {
            throw new RefusedChangeException("offers.refused.started");
        }
        if (taker.holds(shiftId)) {
            throw new RefusedChangeException("openSeats.refused.alreadyYours");
        }
        Rule rule = taker.refusal(seat.getShift(), givenUp);
        if (rule != null) {
            throw new RefusedChangeException("openSeats.refused." + rule.name());
        }
        return seat;
    }

    private static OpenSeat describe(SeatChoices choices, Seat seat, int sign) {
        return described(seat, choices.hoursPerDayWith(seat.getShift(), sign), choices.fairShare());
    }
}
