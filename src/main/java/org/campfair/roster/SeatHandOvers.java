package org.campfair.roster;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.internal.HandEditStore;
import org.campfair.roster.internal.MovePreviewer;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.SeatChoices;
import org.campfair.roster.internal.SeatTakingStore;
import org.campfair.roster.internal.SolveRunner;
import org.campfair.roster.model.Seat;
import org.campfair.roster.solver.Rule;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published seat one participant gives away and another takes, checked as a taken open
 * seat is ({@link ParticipantSeats}): the taker by the solver's eligibility, the roster by its
 * score with the seat handed over (no hard rule newly broken, for either of them), and written
 * to the working roster and a new publication under the publish lock, then announced as
 * {@link RosterPublished} so both people's calendars follow.
 */
@Service
public class SeatHandOvers {

    private final RosterProblemLoader loader;
    private final MovePreviewer previewer;
    private final SeatTakingStore store;
    private final HandEditStore scores;
    private final SolveRunner runner;
    private final CampService camps;
    private final ParticipantService participants;
    private final CampAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeatHandOvers(RosterProblemLoader loader, MovePreviewer previewer, SeatTakingStore store, HandEditStore scores,
            SolveRunner runner, CampService camps, ParticipantService participants, CampAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.loader = loader;
        this.previewer = previewer;
        this.store = store;
        this.scores = scores;
        this.runner = runner;
        this.camps = camps;
        this.participants = participants;
        this.access = access;
        this.events = events;
        this.clock = clock;
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
        var choices = choices(campId, participantId);
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
        var taker = choices(campId, participantId);
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
        var taker = choices(campId, takerId);
        Seat handed = checked(campId, taker, giverId, shiftId, seat);
        var move = previewer.preview(campId, RosterMove.seat(shiftId, seat, takerId), locale);
        if (move.breaksHardRules()) {
            throw new RefusedChangeException("openSeats.refused.hardRule");
        }
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
        var taker = choices(campId, takerId);
        Seat handed = checked(campId, taker, giverId, shiftId, seat);
        OpenSeat described = describe(taker, handed, 1);
        if (described.hoursPerDayAfter() > described.fairShareAfter() + maxExtraHoursPerDay + 1e-9) {
            throw new RefusedChangeException("openSeats.refused.cap", described.hoursPerDayAfter(),
                    described.fairShareAfter(), maxExtraHoursPerDay);
        }
        var move = previewer.preview(campId, RosterMove.seat(shiftId, seat, takerId), Locale.ENGLISH);
        if (move.breaksHardRules()) {
            throw new RefusedChangeException("openSeats.refused.hardRule");
        }
        store.lockPublications(campId);
        runner.requireIdle(campId);
        long previous = store.latestPublication(campId).orElseThrow(
                () -> new RefusedChangeException("openSeats.refused.notPublished"));
        var mine = taker.mySeatIds();
        if (!store.workingSeats(takerId).equals(mine) || !store.publishedSeats(previous, takerId).equals(mine)) {
            throw new RefusedChangeException("openSeats.refused.changed");
        }
        if (!Objects.equals(store.publishedHolder(previous, shiftId, seat), giverId)
                || !store.handOverWorkingSeat(shiftId, seat, giverId, takerId)) {
            throw new RefusedChangeException("offers.refused.gone");
        }
        var now = clock.instant();
        long publicationId = store.republishWithHandOver(campId, previous, shiftId, seat, takerId, now);
        scores.recordScore(campId, move.scoreAfter(), move.feasibleAfter());
        events.publishEvent(new RosterPublished(campId, publicationId, now));
        return new TakenSeat(campId, takerId, described, publicationId, taker.hoursPerDay());
    }

    private long sameCamp(long takerId, long giverId) {
        long campId = participants.get(takerId).campId();
        if (takerId == giverId) {
            throw new RefusedChangeException("openSeats.refused.alreadyYours");
        }
        return campId;
    }

    /** The giver's seat, if it is still theirs and the taker may take it; else why not. */
    private Seat checked(long campId, SeatChoices taker, long giverId, long shiftId, int index) {
        if (store.latestPublication(campId).isEmpty()) {
            throw new RefusedChangeException("openSeats.refused.notPublished");
        }
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
        if (!seat.getShift().getStart().isAfter(LocalDateTime.now(clock.withZone(camps.get(campId).timeZone())))) {
            throw new RefusedChangeException("offers.refused.started");
        }
        if (taker.holds(shiftId)) {
            throw new RefusedChangeException("openSeats.refused.alreadyYours");
        }
        Rule rule = taker.refusal(seat.getShift());
        if (rule != null) {
            throw new RefusedChangeException("openSeats.refused." + rule.name());
        }
        return seat;
    }

    private static OpenSeat describe(SeatChoices choices, Seat seat, int sign) {
        var shift = seat.getShift();
        return new OpenSeat(shift.getId(), seat.getIndex(), shift.getTaskName(), shift.getSite().name(), shift.getDay(),
                shift.getStart().toLocalTime(), shift.getEnd().toLocalTime(), seat.isRequired(),
                choices.hoursPerDayWith(shift, sign), choices.fairShare());
    }

    private SeatChoices choices(long campId, long participantId) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(camps.get(campId).timeZone()));
        return new SeatChoices(loader.load(campId), participantId, now);
    }
}
