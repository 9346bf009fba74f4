package org.campfair.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.HeldSeat;
import org.campfair.roster.SeatHandOvers;
import org.campfair.roster.SeatTakePreview;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.internal.SeatOfferStore;
import org.campfair.selfservice.internal.SelfServiceStore;
import org.campfair.selfservice.internal.TakeGate;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Give-aways and swaps: a participant offers one of their published seats, for nothing or for
 * one of the taker's; another participant who may take it by every rule accepts it (for a swap,
 * choosing which of their seats the offerer gets, which the offerer must be allowed to take);
 * the roster feature ({@link SeatHandOvers}) checks the change by the solver's rules and writes
 * and republishes it. Offers expire after 24 hours and never outlive the shift's start; pinned
 * seats are neither offered nor given in return. Accepting applies at once, or, where the camp's
 * organizers chose to approve changes, waits for them: the approval checks the change again as
 * things are then and applies it through the same locked write. Only participants themselves
 * offer, withdraw and accept; only the camp's organizers approve and decline.
 */
@Service
public class SeatOfferService {

    /** How long an offer stays open at most. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    /** The most pending changes the organizers' page lists at once. */
    public static final int MAX_PENDING = 200;

    private final SeatHandOvers handOvers;
    private final TakeGate gate;
    private final TransactionTemplate transaction;
    private final SeatOfferStore offers;
    private final SelfServiceStore settings;
    private final ParticipantService participants;
    private final CampService camps;
    private final CampAccess access;
    private final OfferedSeatChecks checks;
    private final Clock clock;

    SeatOfferService(SeatHandOvers handOvers, TakeGate gate, PlatformTransactionManager transactions,
            SeatOfferStore offers, SelfServiceStore settings, ParticipantService participants, CampService camps,
            CampAccess access, OfferedSeatChecks checks, Clock clock) {
        this.checks = checks;
        this.handOvers = handOvers;
        this.gate = gate;
        this.transaction = new TransactionTemplate(transactions);
        this.offers = offers;
        this.settings = settings;
        this.participants = participants;
        this.camps = camps;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Offers the participant's seat of the shift to whoever may take it.
     *
     * @throws RefusedChangeException naming why the seat cannot be offered
     */
    public SeatOffer offer(long participantId, long shiftId) {
        return offer(participantId, shiftId, SeatOffer.Kind.GIVE);
    }

    /**
     * Offers the participant's seat of the shift, given away or as a swap.
     *
     * @throws RefusedChangeException naming why the seat cannot be offered
     */
    @Transactional
    public SeatOffer offer(long participantId, long shiftId, SeatOffer.Kind kind) {
        access.requireParticipantThemselves(participantId, "gives or takes a seat");
        long campId = open(participantId, kind);
        var seat = handOvers.givable(participantId, shiftId);
        Instant starts = seat.day().atTime(seat.start()).atZone(camps.get(campId).timeZone()).toInstant();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME).isBefore(starts) ? now.plus(LIFETIME) : starts;
        long id = offers.create(campId, kind, shiftId, seat.seat(), participantId, now, expires)
                .orElseThrow(() -> new RefusedChangeException("offers.refused.alreadyOffered"));
        return offers.get(id).orElseThrow();
    }

    /** The open offers of the participant's camp they may take by every rule; none of their own. */
    @Transactional(readOnly = true)
    public List<SeatOffer> offersFor(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        var closed = new java.util.EnumMap<SeatOffer.Kind, Boolean>(SeatOffer.Kind.class);
        for (var kind : SeatOffer.Kind.values()) {
            closed.put(kind, closedReason(campId, kind) != null);
        }
        var open = offers.openOf(campId, participantId, clock.instant()).stream()
                .filter(offer -> !closed.get(offer.kind())).toList();
        var gives = open.stream().filter(o -> o.kind() == SeatOffer.Kind.GIVE).toList();
        var swaps = open.stream().filter(o -> o.kind() == SeatOffer.Kind.SWAP).toList();
        var takable = handOvers.takable(participantId, gives.stream().map(SeatOffer::shiftId).toList());
        var inReturn = handOvers.inReturn(participantId, swaps.stream()
                .map(o -> new HeldSeat(o.shiftId(), o.seat(), offers.offeredBy(o.id()))).toList());
        var result = new java.util.ArrayList<SeatOffer>();
        for (var offer : open) {
            if (offer.kind() == SeatOffer.Kind.GIVE && takable.contains(offer.shiftId())) {
                result.add(offer);
            } else if (offer.kind() == SeatOffer.Kind.SWAP && !inReturn.get(swaps.indexOf(offer)).isEmpty()) {
                result.add(offer.withInReturn(inReturn.get(swaps.indexOf(offer))));
            }
        }
        return result;
    }

    /** The participant's own open offers. */
    @Transactional(readOnly = true)
    public List<SeatOffer> mine(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return offers.openBy(participantId, clock.instant());
    }

    /**
     * What accepting the offer would do for the participant.
     *
     * @throws RefusedChangeException naming why they cannot take it
     */
    public SeatTakePreview preview(long participantId, long offerId, Locale locale) {
        return preview(participantId, offerId, null, locale);
    }

    /**
     * What accepting the offer would do for the participant; for a swap, giving the offerer
     * their seat of {@code returnShiftId}.
     *
     * @throws RefusedChangeException naming why they cannot take it
     */
    @Transactional(readOnly = true)
    public SeatTakePreview preview(long participantId, long offerId, @Nullable Long returnShiftId, Locale locale) {
        access.requireParticipantThemselves(participantId, "gives or takes a seat");
        var offer = openOffer(participantId, offerId);
        long campId = open(participantId, offer.kind());
        long giver = offers.offeredBy(offerId);
        int seat = checks.seatNow(campId, offer.shiftId(), giver);
        if (offer.kind() == SeatOffer.Kind.SWAP) {
            return handOvers.previewSwap(participantId, giver, offer.shiftId(), seat, returnSeat(returnShiftId), locale);
        }
        return handOvers.preview(participantId, giver, offer.shiftId(), seat, locale);
    }

    /**
     * Takes the offered seat: the roster, both calendars and the activity list follow. Of two
     * people accepting one offer at once, the second is told it is gone.
     *
     * @throws RefusedChangeException naming why not
     */
    public OfferAccepted accept(long participantId, long offerId) {
        return accept(participantId, offerId, null);
    }

    /**
     * Takes the offered seat; for a swap, the offerer gets the participant's seat of
     * {@code returnShiftId} in the same transaction. The roster, both calendars and the activity
     * list follow. Of two people accepting one offer at once, the second is told someone else
     * took it. A re-plan that gave the offerer another seat number of the shift does not matter:
     * the seat they hold now is handed over ({@link OfferedSeatChecks}).
     *
     * @throws RefusedChangeException naming why not, "openSeats.refused.busy" when too many
     *     people are taking seats to get a turn within the wait
     */
    public OfferAccepted accept(long participantId, long offerId, @Nullable Long returnShiftId) {
        return accept(participantId, offerId, returnShiftId, null);
    }

    /**
     * As {@link #accept(long, long, Long)}, for the offer as the participant saw it: refused with
     * "selfService.refused.moved" and the new times when the organizers moved the shift since.
     */
    public OfferAccepted accept(long participantId, long offerId, @Nullable Long returnShiftId,
            @Nullable ShiftTime seen) {
        access.requireParticipantThemselves(participantId, "gives or takes a seat");
        // An accept reads and republishes the roster as a take does, so it waits for a turn with
        // the takes, holding no connection, and begins its transaction only then (TakeGate).
        return gate.through(() -> java.util.Objects.requireNonNull(
                transaction.execute(status -> acceptNow(participantId, offerId, returnShiftId, seen))));
    }

    private OfferAccepted acceptNow(long participantId, long offerId, @Nullable Long returnShiftId,
            @Nullable ShiftTime seen) {
        var offer = openOffer(participantId, offerId);
        long campId = open(participantId, offer.kind());
        if (!offers.lockOpen(offerId, campId, clock.instant())) {
            throw checks.closed(offerId, participantId, clock.instant());
        }
        long giver = offers.offeredBy(offerId);
        int seatNow = checks.seatNow(campId, offer.shiftId(), giver);
        OfferedSeatChecks.requireAsSeen(seen, offer.task(), ShiftTime.of(offer));
        var camp = settings.settings(campId);
        double cap = camp.maxExtraMinutesPerDay() / 60.0;
        if (camp.approval()) {
            // Checked now as it would be applied, so nobody waits for a change that cannot be
            // made; the organizer's approval checks it all again.
            var preview = offer.kind() == SeatOffer.Kind.SWAP
                    ? handOvers.previewSwap(participantId, giver, offer.shiftId(), seatNow,
                            returnSeat(returnShiftId), Locale.ENGLISH)
                    : handOvers.preview(participantId, giver, offer.shiftId(), seatNow, Locale.ENGLISH);
            var seat = preview.seat();
            if (seat.hoursPerDayAfter() > seat.fairShareAfter() + cap + 1e-9) {
                throw new RefusedChangeException("openSeats.refused.cap", seat.hoursPerDayAfter(),
                        seat.fairShareAfter(), cap);
            }
            offers.request(offerId, participantId, offer.kind() == SeatOffer.Kind.SWAP ? returnShiftId : null,
                    clock.instant(), startOf(campId, offer.day(), offer.start()));
            return OfferAccepted.waitingForApproval();
        }
        return new OfferAccepted(java.util.Optional.of(apply(campId, offerId, offer.kind(), offer.shiftId(),
                seatNow, giver, participantId, returnShiftId, cap)));
    }

    /** Hands the seat over (or swaps it) through the roster's locked write, and closes the offer. */
    private TakenSeat apply(long campId, long offerId, SeatOffer.Kind kind, long shiftId, int seat, long giver,
            long taker, @Nullable Long returnShiftId, double cap) {
        Instant now = clock.instant();
        if (kind == SeatOffer.Kind.SWAP) {
            var swap = handOvers.swap(taker, giver, shiftId, seat, returnSeat(returnShiftId), cap);
            offers.closeSwapped(offerId, taker, swap.returned().seat().shiftId(), swap.returned().seat().seat(), now);
            settings.recordSwapped(swap.taken(), swap.returned(), now);
            return swap.taken();
        }
        var taken = handOvers.handOver(taker, giver, shiftId, seat, cap);
        offers.close(offerId, taker, now);
        settings.recordGiven(taken, giver, now);
        return taken;
    }

    /** The camp's give-aways and swaps waiting for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingChange> pending(long campId) {
        access.requireOrganizer(campId);
        camps.get(campId);
        return offers.pending(campId, MAX_PENDING);
    }

    /**
     * Approves a waiting change: eligibility, the cap and the roster's hard rules are checked
     * again as things are now (seats may have moved since it was asked for), and it is applied
     * through the same locked write as an accepted offer.
     *
     * @throws RefusedChangeException naming why it cannot be applied now; nothing is written
     */
    @Transactional
    public TakenSeat approve(long campId, long offerId) {
        access.requireOrganizer(campId);
        var pending = offers.lockPending(offerId, campId).orElseThrow(() -> new NotFoundException("Pending change",
                offerId));
        if (!pending.expiresAt().isAfter(clock.instant())) {
            throw new RefusedChangeException("offers.refused.started");
        }
        double cap = settings.settings(campId).maxExtraMinutesPerDay() / 60.0;
        int seatNow = checks.seatNow(campId, pending.shiftId(), pending.offeredBy());
        return apply(campId, offerId, pending.kind(), pending.shiftId(), seatNow, pending.offeredBy(),
                pending.takenBy(), pending.returnShiftId(), cap);
    }

    /** Declines a waiting change: nothing changes, both keep their seats, and the offer closes. */
    @Transactional
    public void decline(long campId, long offerId) {
        access.requireOrganizer(campId);
        if (!offers.decline(offerId, campId, clock.instant())) {
            throw new NotFoundException("Pending change", offerId);
        }
    }

    /** Offers the participant accepted that wait for the organizers. */
    @Transactional(readOnly = true)
    public List<SeatOffer> waitingForApproval(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return offers.acceptedBy(participantId, clock.instant());
    }

    private Instant startOf(long campId, java.time.LocalDate day, java.time.LocalTime start) {
        return day.atTime(start).atZone(camps.get(campId).timeZone()).toInstant();
    }

    private static long returnSeat(@Nullable Long returnShiftId) {
        if (returnShiftId == null) {
            throw new RefusedChangeException("offers.refused.swap.chooseSeat");
        }
        return returnShiftId;
    }

    /** Withdraws one of the participant's own open offers. */
    @Transactional
    public void withdraw(long participantId, long offerId) {
        access.requireParticipantThemselves(participantId, "gives or takes a seat");
        if (!offers.withdraw(offerId, participantId, clock.instant())) {
            throw new NotFoundException("Offer", offerId);
        }
    }

    /** An open offer of the participant's own camp; others are not found. */
    private SeatOffer openOffer(long participantId, long offerId) {
        long campId = participants.get(participantId).campId();
        var offer = offers.get(offerId).filter(o -> offers.campOf(offerId) == campId)
                .orElseThrow(() -> new NotFoundException("Offer", offerId));
        if (offer.expiresAt().isBefore(clock.instant()) || !offers.isOpen(offerId)) {
            throw checks.closed(offerId, participantId, clock.instant());
        }
        return offer;
    }

    /** The participant's camp, if its settings let participants make such offers now; else why not. */
    private long open(long participantId, SeatOffer.Kind kind) {
        long campId = participants.get(participantId).campId();
        String closed = closedReason(campId, kind);
        if (closed != null) {
            throw new RefusedChangeException(closed);
        }
        return campId;
    }

    private @Nullable String closedReason(long campId, SeatOffer.Kind kind) {
        var camp = settings.settings(campId);
        if (kind == SeatOffer.Kind.GIVE && !camp.giveAways()) {
            return "offers.closed.off";
        }
        if (kind == SeatOffer.Kind.SWAP && !camp.swaps()) {
            return "offers.closed.swapsOff";
        }
        return camp.frozenOn(java.time.LocalDate.now(clock.withZone(camps.get(campId).timeZone())))
                ? "openSeats.closed.frozen" : null;
    }

}
