package org.campfair.roster;

import java.util.Locale;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.internal.SeatChoices;
import org.campfair.roster.internal.SeatTakingStore;
import org.campfair.roster.model.Seat;
import org.campfair.roster.solver.Rule;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats a participant takes themselves after publication, checked by the solver's own rules:
 * the heuristics' eligibility (skills, stay, unavailability, overlaps, rest, hours per day, a
 * newcomer's gentle start) and then the score of the working roster with the seat taken (no
 * hard rule newly broken), as the organizer's hand-edit preview computes it.
 *
 * <p>A taken seat is written to the working roster and to a new publication (the latest one
 * plus that seat) in one transaction, under the lock an organizer's publish also takes, and
 * announced as {@link RosterPublished}: the calendars, invites (same UIDs, rising SEQUENCE)
 * and today's board follow it as they follow a publish. Only participants whose working seats
 * are exactly their published ones are offered seats, so nothing the organizers have not
 * published yet reaches a calendar this way.
 */
@Service
public class ParticipantSeats {

    private final SeatRepublishing seats;
    private final SeatTakingStore store;
    private final ParticipantService participants;
    private final CampAccess access;

    ParticipantSeats(SeatRepublishing seats, SeatTakingStore store, ParticipantService participants,
            CampAccess access) {
        this.seats = seats;
        this.store = store;
        this.participants = participants;
        this.access = access;
    }

    /** The seats the participant may take now; none before the camp is published. */
    @Transactional(readOnly = true)
    public OpenSeats openSeats(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        if (store.latestPublication(campId).isEmpty()) {
            return new OpenSeats(false, true, 0, 0, java.util.List.of());
        }
        var choices = seats.choices(campId, participantId);
        boolean settled = choices.settled();
        return new OpenSeats(true, settled, choices.hoursPerDay(), choices.fairShare(),
                settled ? choices.eligible() : java.util.List.of());
    }

    /**
     * What taking the shift's open seat would do, in the language of {@code locale}.
     *
     * @throws RefusedChangeException naming why the participant cannot take it
     */
    @Transactional(readOnly = true)
    public SeatTakePreview preview(long participantId, long shiftId, Locale locale) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        var camp = seats.load(campId);
        var choices = seats.choices(campId, camp, participantId);
        Seat seat = checked(campId, choices, shiftId);
        var move = seats.preview(camp, RosterMove.seat(shiftId, seat.getIndex(), participantId), locale);
        return new SeatTakePreview(choices.describe(seat), choices.hoursPerDay(), choices.fairShare(),
                move.added(), move.removed());
    }

    /**
     * Gives the participant a free seat of the shift in the working roster and in a new
     * publication, unless that would put them more than {@code maxExtraHoursPerDay} above the
     * camp's fair share. Of two people taking the last seat at once, the second is told it has
     * just been taken.
     *
     * @throws RefusedChangeException naming why the participant cannot take it
     */
    @Transactional
    public TakenSeat take(long participantId, long shiftId, double maxExtraHoursPerDay) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        var checked = checkedTake(campId, participantId, shiftId, maxExtraHoursPerDay);
        var choices = checked.choices();
        var open = checked.seat();
        var move = checked.move();
        long previous = seats.lockLatestPublication(campId);
        if (!seats.unchanged(previous, choices)) {
            throw new RefusedChangeException("openSeats.refused.changed");
        }
        Integer free = store.fillFirstOpenSeat(shiftId, previous, participantId);
        if (free == null) {
            throw new RefusedChangeException("openSeats.refused.taken");
        }
        long publicationId = seats.publish(campId, move,
                now -> store.republishWithSeat(campId, previous, shiftId, free, participantId, now));
        var taken = new OpenSeat(open.shiftId(), free, open.task(), open.site(), open.day(), open.start(), open.end(),
                open.required(), open.hoursPerDayAfter(), open.fairShareAfter());
        return new TakenSeat(campId, participantId, taken, publicationId, choices.hoursPerDay());
    }

    /**
     * Runs a take's checks without taking the seat ({@link TakeWarmUp}): everything
     * {@link #take} reads and scores before it locks the publication, and nothing written.
     *
     * @throws RefusedChangeException naming why the participant could not take it
     */
    @Transactional(readOnly = true)
    void rehearseTake(long campId, long participantId, long shiftId) {
        checkedTake(campId, participantId, shiftId, Double.POSITIVE_INFINITY);
    }

    /** A take checked: the taker's choices, the seat as they would take it, and its scored move. */
    private record CheckedTake(SeatChoices choices, OpenSeat seat, MovePreview move) {
    }

    /**
     * Checks the take without locks, reading only the part of the camp it concerns, so the
     * choices and the score check are made on the same roster.
     */
    private CheckedTake checkedTake(long campId, long participantId, long shiftId, double maxExtraHoursPerDay) {
        var camp = seats.around(campId, shiftId, participantId);
        var choices = seats.choices(campId, camp, participantId);
        Seat seat = checked(campId, choices, shiftId);
        OpenSeat open = choices.describe(seat);
        SeatRepublishing.requireWithinCap(open, maxExtraHoursPerDay);
        var move = seats.check(camp, RosterMove.seat(shiftId, seat.getIndex(), participantId));
        return new CheckedTake(choices, open, move);
    }

    /** The shift's open seat, if the participant may take it; else why not. */
    private Seat checked(long campId, SeatChoices choices, long shiftId) {
        seats.requirePublished(campId);
        if (!choices.settled()) {
            throw new RefusedChangeException("openSeats.refused.changed");
        }
        Seat seat = choices.opening(shiftId);
        if (choices.holds(shiftId)) {
            throw new RefusedChangeException("openSeats.refused.alreadyYours");
        }
        if (seat == null) {
            throw new RefusedChangeException("openSeats.refused.taken");
        }
        Rule rule = choices.refusal(seat.getShift());
        if (rule != null) {
            throw new RefusedChangeException("openSeats.refused." + rule.name());
        }
        return seat;
    }
}
