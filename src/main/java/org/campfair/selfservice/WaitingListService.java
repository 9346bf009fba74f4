package org.campfair.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.ParticipantSeats;
import org.campfair.roster.SeatHandOvers;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.internal.SelfServiceStore;
import org.campfair.selfservice.internal.TakeGate;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waiting lists of tasks whose seats are all taken, as participants use them: joining, leaving,
 * taking or letting go a seat held for them. When a seat of such a task frees up (an organizer's
 * edit or re-plan, a "not today", someone giving up a seat, a give-away nobody took in time), the
 * first person on the list who may take it by every rule and within the camp's cap is offered
 * it: the seat is held for them for the camp's hold time (12 h by default, never past the
 * shift's start), then for the next person ({@link WaitingListOffers}, after every publication
 * and every minute). This feature needs nothing from the roster but its event and its public
 * checks.
 */
@Service
public class WaitingListService {

    /** The most waiting lists one participant is on at once. */
    public static final int MAX_LISTS = 20;

    private final ParticipantSeats seats;
    private final SeatHandOvers handOvers;
    private final WaitingListOffers offers;
    private final TakeGate gate;
    private final TransactionTemplate transaction;
    private final WaitingListStore store;
    private final SelfServiceStore selfService;
    private final ParticipantService participants;
    private final CampService camps;
    private final CampAccess access;
    private final OfferedSeatChecks checks;
    private final Clock clock;

    WaitingListService(ParticipantSeats seats, SeatHandOvers handOvers, WaitingListOffers offers, TakeGate gate,
            PlatformTransactionManager transactions, WaitingListStore store, SelfServiceStore selfService,
            ParticipantService participants, CampService camps, CampAccess access, OfferedSeatChecks checks,
            Clock clock) {
        this.checks = checks;
        this.seats = seats;
        this.handOvers = handOvers;
        this.offers = offers;
        this.gate = gate;
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.selfService = selfService;
        this.participants = participants;
        this.camps = camps;
        this.access = access;
        this.clock = clock;
    }

    /** The seats held for the participant, their lists with their place, and the lists they may join. */
    @Transactional(readOnly = true)
    public MyWaitingLists mine(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        long campId = participants.get(participantId).campId();
        Instant now = clock.instant();
        var held = store.openFor(participantId, now);
        var lists = store.entriesOf(participantId);
        String closed = closedReason(campId);
        if (closed != null) {
            return new MyWaitingLists(closed, held, lists, List.of());
        }
        var names = store.taskNames(campId);
        var onList = new HashSet<Long>();
        lists.forEach(entry -> onList.add(entry.taskId()));
        var joinable = new ArrayList<MyWaitingLists.JoinableTask>();
        var full = fullTasks(campId, now);
        var eligible = handOvers.takable(participantId, full.values().stream().flatMap(List::stream).toList());
        full.forEach((taskId, shiftIds) -> {
            if (!onList.contains(taskId) && shiftIds.stream().anyMatch(eligible::contains)) {
                joinable.add(new MyWaitingLists.JoinableTask(taskId, names.get(taskId)));
            }
        });
        joinable.sort(java.util.Comparator.comparing(MyWaitingLists.JoinableTask::task));
        return new MyWaitingLists(null, held, lists, joinable);
    }

    /**
     * Puts the participant at the end of the task's waiting list.
     *
     * @throws RefusedChangeException when lists are closed, the task has a free seat to take
     *     instead, the participant may work on none of its future shifts, or is on too many lists
     */
    @Transactional
    public List<WaitingListEntry> join(long participantId, long taskId) {
        access.requireParticipantThemselves(participantId, "joins a list or takes a held seat");
        long campId = participants.get(participantId).campId();
        if (store.campOfTask(taskId).filter(camp -> camp == campId).isEmpty()) {
            throw new NotFoundException("Task", taskId);
        }
        requireOpen(campId);
        Instant now = clock.instant();
        var shifts = store.futureShifts(campId, now).stream().filter(shift -> shift.taskId() == taskId).toList();
        if (shifts.stream().anyMatch(shift -> shift.free() > 0)) {
            throw new RefusedChangeException("waitingList.refused.seatsFree");
        }
        var eligible = handOvers.takable(participantId,
                shifts.stream().map(WaitingListStore.ShiftSeats::shiftId).toList());
        if (eligible.isEmpty()) {
            throw new RefusedChangeException("waitingList.refused.notEligible");
        }
        if (store.listsOf(participantId) >= MAX_LISTS) {
            throw new RefusedChangeException("waitingList.refused.tooMany", MAX_LISTS);
        }
        if (!store.join(campId, taskId, participantId, now)) {
            throw new RefusedChangeException("waitingList.refused.already");
        }
        return store.entriesOf(participantId);
    }

    /** Takes the participant off the task's list; a seat held for them from it is let go to the next person. */
    @Transactional
    public void leave(long participantId, long taskId) {
        access.requireParticipantThemselves(participantId, "joins a list or takes a held seat");
        long campId = participants.get(participantId).campId();
        if (!store.leave(taskId, participantId)) {
            throw new NotFoundException("Waiting list entry", taskId);
        }
        store.closeOwn(participantId, taskId, "DECLINED", clock.instant());
        offers.offerFreedSeats(campId);
    }

    /**
     * Takes the seat held for the participant, through the roster's own checks and locked write
     * (the calendars follow); they leave the task's list. A seat someone gave away that nobody
     * took in time is handed over from its giver. Of two tries at once, one takes it.
     *
     * @throws RefusedChangeException naming why not: how the hold ended (ran out, let go, taken,
     *     or its seat filled by the organizers) when it did, "openSeats.refused.busy" when too many
     *     people are taking seats to get a turn within the wait
     */
    public TakenSeat accept(long participantId, long offerId) {
        return accept(participantId, offerId, null);
    }

    /**
     * As {@link #accept(long, long)}, for the seat as the participant saw it: refused with
     * "selfService.refused.moved" and the new times when the organizers moved the shift since.
     */
    public TakenSeat accept(long participantId, long offerId, @Nullable ShiftTime seen) {
        access.requireParticipantThemselves(participantId, "joins a list or takes a held seat");
        // It reads and republishes the roster as a take does, so it waits for a turn with the
        // takes, holding no connection, and begins its transaction only then (TakeGate).
        return gate.through(() -> Objects.requireNonNull(
                transaction.execute(status -> acceptNow(participantId, offerId, seen))));
    }

    private TakenSeat acceptNow(long participantId, long offerId, @Nullable ShiftTime seen) {
        long campId = participants.get(participantId).campId();
        var settings = requireOpen(campId);
        Instant now = clock.instant();
        var held = store.lockOpen(offerId, participantId, now)
                .orElseThrow(() -> checks.holdEnded(offerId, participantId, now));
        double cap = settings.maxExtraMinutesPerDay() / 60.0;
        var given = store.givenSeat(offerId);
        TakenSeat taken;
        if (given.isPresent()) {
            var seat = given.get();
            int seatNow = checks.seatNow(campId, held.shiftId(), seat.giverId());
            OfferedSeatChecks.requireAsSeen(seen, held.task(), ShiftTime.of(held));
            taken = handOvers.handOver(participantId, seat.giverId(), held.shiftId(), seatNow, cap);
            store.giveAwayTaken(seat.seatOfferId(), participantId);
            selfService.recordGiven(taken, seat.giverId(), now);
        } else {
            OfferedSeatChecks.requireAsSeen(seen, held.task(), ShiftTime.of(held));
            taken = seats.take(participantId, held.shiftId(), cap);
            selfService.recordTaken(taken, now);
        }
        store.close(offerId, "TAKEN", now);
        store.leave(held.taskId(), participantId);
        return taken;
    }

    /** Lets a held seat go: the next person on the list is offered it. */
    @Transactional
    public void decline(long participantId, long offerId) {
        access.requireParticipantThemselves(participantId, "joins a list or takes a held seat");
        long campId = participants.get(participantId).campId();
        var held = store.lockOpen(offerId, participantId, clock.instant())
                .orElseThrow(() -> checks.holdEnded(offerId, participantId, clock.instant()));
        store.close(held.id(), "DECLINED", clock.instant());
        offers.offerFreedSeats(campId);
    }

    /** Per task whose future seats are all taken, its future shifts. */
    private Map<Long, List<Long>> fullTasks(long campId, Instant now) {
        var byTask = new HashMap<Long, List<Long>>();
        var withFreeSeat = new HashSet<Long>();
        for (var shift : store.futureShifts(campId, now)) {
            byTask.computeIfAbsent(shift.taskId(), k -> new ArrayList<>()).add(shift.shiftId());
            if (shift.free() > 0) {
                withFreeSeat.add(shift.taskId());
            }
        }
        withFreeSeat.forEach(byTask::remove);
        return byTask;
    }

    private SelfServiceSettings requireOpen(long campId) {
        String closed = closedReason(campId);
        if (closed != null) {
            throw new RefusedChangeException(closed);
        }
        return selfService.settings(campId);
    }

    private @Nullable String closedReason(long campId) {
        var settings = selfService.settings(campId);
        if (!settings.waitingLists()) {
            return "waitingList.closed.off";
        }
        return settings.frozenOn(today(campId)) ? "openSeats.closed.frozen" : null;
    }

    private LocalDate today(long campId) {
        return LocalDate.now(clock.withZone(camps.get(campId).timeZone()));
    }

}
