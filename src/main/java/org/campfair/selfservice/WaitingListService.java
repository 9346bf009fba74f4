package org.campfair.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.ParticipantSeats;
import org.campfair.roster.SeatHandOvers;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.internal.SelfServiceStore;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waiting lists of tasks whose seats are all taken. When a seat of such a task frees up (an
 * organizer's edit or re-plan, a "not today", someone giving up a seat), the first person on the
 * list who may take it by every rule and within the camp's cap is offered it: the seat is held
 * for them for the camp's hold time (12 h by default, never past the shift's start), then for
 * the next person. Freed seats are found after every publication ({@link WaitingListUpdates})
 * and holds that ran out every minute ({@link WaitingListSweeps}), by comparing the free seats
 * of waited-for tasks with the holds already made, so this feature needs nothing from the
 * roster but its event and its public checks.
 */
@Service
public class WaitingListService {

    /** The most waiting lists one participant is on at once. */
    public static final int MAX_LISTS = 20;

    private final ParticipantSeats seats;
    private final SeatHandOvers handOvers;
    private final WaitingListStore store;
    private final SelfServiceStore selfService;
    private final ParticipantService participants;
    private final CampService camps;
    private final CampAccess access;
    private final Clock clock;

    WaitingListService(ParticipantSeats seats, SeatHandOvers handOvers, WaitingListStore store,
            SelfServiceStore selfService, ParticipantService participants, CampService camps,
            CampAccess access, Clock clock) {
        this.seats = seats;
        this.handOvers = handOvers;
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
        RunAs.theApp(() -> offerFreedSeats(campId));
    }

    /**
     * Takes the seat held for the participant, through the roster's own checks and locked write
     * (the calendars follow); they leave the task's list. Of two tries at once, one takes it.
     *
     * @throws RefusedChangeException naming why not, "waitingList.refused.gone" when the hold ran
     *     out or was already used
     */
    @Transactional
    public TakenSeat accept(long participantId, long offerId) {
        access.requireParticipantThemselves(participantId, "joins a list or takes a held seat");
        long campId = participants.get(participantId).campId();
        var settings = requireOpen(campId);
        Instant now = clock.instant();
        var held = store.lockOpen(offerId, participantId, now)
                .orElseThrow(() -> new RefusedChangeException("waitingList.refused.gone"));
        var taken = seats.take(participantId, held.shiftId(), settings.maxExtraMinutesPerDay() / 60.0);
        store.close(offerId, "TAKEN", now);
        store.leave(held.taskId(), participantId);
        selfService.recordTaken(taken, now);
        return taken;
    }

    /** Lets a held seat go: the next person on the list is offered it. */
    @Transactional
    public void decline(long participantId, long offerId) {
        access.requireParticipantThemselves(participantId, "joins a list or takes a held seat");
        long campId = participants.get(participantId).campId();
        var held = store.lockOpen(offerId, participantId, clock.instant())
                .orElseThrow(() -> new RefusedChangeException("waitingList.refused.gone"));
        store.close(held.id(), "DECLINED", clock.instant());
        RunAs.theApp(() -> offerFreedSeats(campId));
    }

    /**
     * Offers the camp's freed seats of waited-for tasks to the first eligible person on each
     * list who has not been offered that shift before, and lets holds that ran out, or whose
     * seat someone else filled meanwhile (an organizer), go. Runs as the app's own work: it
     * reads every waiting person's eligibility. Returns the holds made.
     */
    @Transactional
    public List<Long> offerFreedSeats(long campId) {
        access.requireOrganizer(campId);
        return RunAs.theApp(() -> offerFreed(campId));
    }

    private List<Long> offerFreed(long campId) {
        store.lockExclusive(campId);
        Instant now = clock.instant();
        store.expire(campId, now);
        var settings = selfService.settings(campId);
        if (!settings.waitingLists() || settings.frozenOn(today(campId))) {
            return List.of();
        }
        var queues = store.queues(campId);
        if (queues.isEmpty()) {
            return List.of();
        }
        var shifts = store.waitedForShifts(campId, now);
        var open = store.open(campId);
        var held = new HashMap<Long, Integer>();
        var busy = new HashSet<String>();
        var free = new HashMap<Long, Integer>();
        shifts.forEach(shift -> free.put(shift.shiftId(), shift.free()));
        // Newest holds first: when an organizer filled a held seat, the latest hold gives way.
        for (var hold : open.reversed()) {
            int count = held.getOrDefault(hold.shiftId(), 0);
            if (count >= free.getOrDefault(hold.shiftId(), 0)) {
                store.close(hold.offerId(), "GONE", now);
                continue;
            }
            held.put(hold.shiftId(), count + 1);
            busy.add(hold.taskId() + "/" + hold.participantId());
        }
        var offered = store.everOffered(campId);
        double cap = settings.maxExtraMinutesPerDay() / 60.0;
        Map<Long, Set<Long>> eligible = new HashMap<>();
        var made = new ArrayList<Long>();
        for (var shift : shifts) {
            int room = shift.free() - held.getOrDefault(shift.shiftId(), 0);
            for (long person : queues.getOrDefault(shift.taskId(), List.of())) {
                if (room <= 0) {
                    break;
                }
                if (offered.contains(shift.shiftId() + "/" + person) || busy.contains(shift.taskId() + "/" + person)
                        || !eligible.computeIfAbsent(person, p -> takable(p, cap)).contains(shift.shiftId())) {
                    continue;
                }
                Instant until = now.plus(Duration.ofMinutes(settings.waitingOfferMinutes()));
                made.add(store.hold(campId, shift.taskId(), shift.shiftId(), person, now,
                        until.isBefore(shift.starts()) ? until : shift.starts()));
                offered.add(shift.shiftId() + "/" + person);
                busy.add(shift.taskId() + "/" + person);
                room--;
            }
        }
        return made;
    }

    /**
     * Lets the holds that ran out go in every camp that has one, and offers those seats on. Not
     * public: only the minute sweep ({@link WaitingListSweeps}) runs it, never a page or a request.
     */
    @Transactional
    int sweepExpired() {
        int camps = 0;
        for (long campId : store.campsWithExpiredHolds(clock.instant())) {
            offerFreedSeats(campId);
            camps++;
        }
        return camps;
    }

    /** The open seats the person may take by every rule and within the camp's cap, by shift. */
    private Set<Long> takable(long participantId, double cap) {
        var open = seats.openSeats(participantId);
        if (!open.published() || !open.settled()) {
            return Set.of();
        }
        var result = new HashSet<Long>();
        open.seats().stream().filter(seat -> seat.hoursPerDayAfter() <= seat.fairShareAfter() + cap + 1e-9)
                .forEach(seat -> result.add(seat.shiftId()));
        return result;
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
