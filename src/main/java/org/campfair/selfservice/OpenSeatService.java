package org.campfair.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.OpenSeats;
import org.campfair.roster.ParticipantSeats;
import org.campfair.roster.SeatTakePreview;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.internal.SelfServiceStore;
import org.campfair.selfservice.internal.TakeGate;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open seats a participant takes themselves, within the camp's self-service settings: the
 * roster feature ({@link ParticipantSeats}) checks a seat by the solver's rules and writes
 * and republishes it; this service decides whether the camp allows it now (switched on, not
 * frozen), applies the camp's cap on extra hours, and keeps the activity list. Only the
 * participant themselves takes a seat; their camp's organizers may look at what they are offered.
 */
@Service
public class OpenSeatService {

    /** The most changes the activity list shows at once. */
    public static final int MAX_ACTIVITY = 500;

    private final ParticipantSeats seats;
    private final SelfServiceStore store;
    private final WaitingListStore waiting;
    private final TakeGate gate;
    private final TransactionTemplate transaction;
    private final ParticipantService participants;
    private final CampService camps;
    private final CampAccess access;
    private final Clock clock;

    OpenSeatService(ParticipantSeats seats, SelfServiceStore store, WaitingListStore waiting, TakeGate gate,
            PlatformTransactionManager transactions, ParticipantService participants, CampService camps,
            CampAccess access, Clock clock) {
        this.seats = seats;
        this.store = store;
        this.waiting = waiting;
        this.gate = gate;
        this.transaction = new TransactionTemplate(transactions);
        this.participants = participants;
        this.camps = camps;
        this.access = access;
        this.clock = clock;
    }

    /** The seats the participant may take now, or why none are offered, and those they took. */
    @Transactional(readOnly = true)
    public MyOpenSeats openSeats(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        var settings = store.settings(campId);
        var taken = store.ofParticipant(participantId);
        double cap = settings.maxExtraMinutesPerDay() / 60.0;
        String closed = closedReason(settings);
        if (closed != null) {
            return new MyOpenSeats(new OpenSeats(true, true, 0, 0, List.of()), closed, cap, taken);
        }
        var open = withoutHeld(campId, participantId, settings, seats.openSeats(participantId));
        if (!open.published()) {
            closed = "openSeats.closed.notPublished";
        } else if (!open.settled()) {
            closed = "openSeats.refused.changed";
        }
        return new MyOpenSeats(open, closed, cap, taken);
    }

    /**
     * What taking the shift's open seat would do, in the language of {@code locale}.
     *
     * @throws RefusedChangeException naming why the participant cannot take it
     */
    @Transactional(readOnly = true)
    public SeatTakePreview preview(long participantId, long shiftId, Locale locale) {
        access.requireParticipantThemselves(participantId, "takes a seat");
        var settings = open(participantId);
        var preview = seats.preview(participantId, shiftId, locale);
        double cap = settings.maxExtraMinutesPerDay() / 60.0;
        var seat = preview.seat();
        if (seat.hoursPerDayAfter() > seat.fairShareAfter() + cap + 1e-9) {
            throw new RefusedChangeException("openSeats.refused.cap", seat.hoursPerDayAfter(), seat.fairShareAfter(),
                    cap);
        }
        return preview;
    }

    /**
     * Takes a free seat of the shift for the participant; the roster, the calendars and the
     * activity list follow.
     *
     * @throws RefusedChangeException naming why not, e.g. "openSeats.refused.taken" when someone
     *     else took the last seat a moment earlier, "openSeats.refused.busy" when too many
     *     people are taking seats to get a turn within a minute
     */
    public TakenSeat take(long participantId, long shiftId) {
        access.requireParticipantThemselves(participantId, "takes a seat");
        var settings = open(participantId);
        // Its own transaction, begun only once it is this take's turn and no other take of the
        // shift runs (see TakeGate).
        return gate.throughShift(shiftId, () -> refuseIfTaken(settings.campId(), participantId, shiftId),
                () -> transaction.execute(status -> takeNow(settings, participantId, shiftId)));
    }

    /**
     * Refuses at once a take of a shift with no free seat left, before it waits for a turn: in a
     * rush, when the take before it has just filled the last seat. Read without locks; a take
     * that passes is checked again under them ({@link #takeNow}).
     */
    private void refuseIfTaken(long campId, long participantId, long shiftId) {
        if (waiting.freeSeatsIfOpen(campId, shiftId, clock.instant()).orElse(-1) == 0
                && !waiting.holds(participantId, shiftId)) {
            throw new RefusedChangeException("openSeats.refused.taken");
        }
    }

    private TakenSeat takeNow(SelfServiceSettings settings, long participantId, long shiftId) {
        long campId = settings.campId();
        // Shared with other takers, exclusive while seats are held for waiting lists.
        waiting.lockShared(campId);
        Instant now = clock.instant();
        var free = waiting.freeSeatsIfOpen(campId, shiftId, now);
        if (settings.waitingLists()) {
            int held = waiting.heldForOthers(campId, participantId, now).getOrDefault(shiftId, 0);
            if (held > 0 && free.orElse(0) <= held) {
                throw new RefusedChangeException("openSeats.refused.held");
            }
        }
        if (free.orElse(-1) == 0 && !waiting.holds(participantId, shiftId)) {
            // Said at once, before the camp is read and scored: in a rush most takers end here.
            throw new RefusedChangeException("openSeats.refused.taken");
        }
        var taken = seats.take(participantId, shiftId, settings.maxExtraMinutesPerDay() / 60.0);
        store.recordTaken(taken, now);
        return taken;
    }

    /** The open seats but those held for people on a waiting list: all of a shift's free seats are theirs. */
    private OpenSeats withoutHeld(long campId, long participantId, SelfServiceSettings settings, OpenSeats open) {
        if (!settings.waitingLists()) {
            return open;
        }
        Instant now = clock.instant();
        var held = waiting.heldForOthers(campId, participantId, now);
        if (held.isEmpty()) {
            return open;
        }
        var left = open.seats().stream().filter(seat -> !held.containsKey(seat.shiftId())
                || waiting.freeSeats(campId, seat.shiftId(), now) > held.get(seat.shiftId())).toList();
        return new OpenSeats(open.published(), open.settled(), open.hoursPerDay(), open.fairShare(), left);
    }

    @Transactional(readOnly = true)
    public SelfServiceSettings settings(long campId) {
        access.requireOrganizer(campId);
        camps.get(campId);
        return store.settings(campId);
    }

    /**
     * Saves a camp's settings.
     *
     * @throws RefusedChangeException when the cap or the waiting-list hold is out of range
     * @throws StaleRecordException when someone saved them since they were read
     */
    @Transactional
    public SelfServiceSettings save(SelfServiceSettings settings) {
        access.requireOrganizer(settings.campId());
        camps.get(settings.campId());
        if (settings.maxExtraMinutesPerDay() < 0 || settings.maxExtraMinutesPerDay() > SelfServiceSettings.MAX_EXTRA_MINUTES) {
            throw new RefusedChangeException("selfService.settings.capRange", SelfServiceSettings.MAX_EXTRA_MINUTES);
        }
        if (settings.waitingOfferMinutes() < SelfServiceSettings.MIN_WAITING_OFFER_MINUTES
                || settings.waitingOfferMinutes() > SelfServiceSettings.MAX_WAITING_OFFER_MINUTES) {
            throw new RefusedChangeException("selfService.settings.waitingRange",
                    SelfServiceSettings.MIN_WAITING_OFFER_MINUTES / 60.0,
                    SelfServiceSettings.MAX_WAITING_OFFER_MINUTES / 60);
        }
        if (!store.save(settings)) {
            throw new StaleRecordException("Self-service settings of camp", settings.campId());
        }
        return store.settings(settings.campId());
    }

    /** The camp's latest self-service changes, newest first, at most {@link #MAX_ACTIVITY}. */
    @Transactional(readOnly = true)
    public List<SelfServiceChange> activity(long campId, int limit) {
        access.requireOrganizer(campId);
        camps.get(campId);
        return store.ofCamp(campId, Math.clamp(limit, 1, MAX_ACTIVITY));
    }

    /** The camp's settings, if they let participants take seats now; else why not. */
    private SelfServiceSettings open(long participantId) {
        var settings = store.settings(participants.get(participantId).campId());
        String closed = closedReason(settings);
        if (closed != null) {
            throw new RefusedChangeException(closed);
        }
        return settings;
    }

    private @org.jspecify.annotations.Nullable String closedReason(SelfServiceSettings settings) {
        if (!settings.openSeats()) {
            return "openSeats.closed.off";
        }
        LocalDate today = LocalDate.now(clock.withZone(camps.get(settings.campId()).timeZone()));
        return settings.frozenOn(today) ? "openSeats.closed.frozen" : null;
    }

}
