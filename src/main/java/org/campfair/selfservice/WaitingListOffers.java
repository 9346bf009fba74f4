package org.campfair.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.campfair.camp.CampService;
import org.campfair.roster.ParticipantSeats;
import org.campfair.roster.SeatHandOvers;
import org.campfair.selfservice.internal.SelfServiceStore;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.RunAs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offering side of waiting lists ({@link WaitingListService} is the participants' side):
 * compares the free seats of waited-for tasks with the holds already made and holds the rest for
 * the first eligible person on each list who has not been offered that shift, lets holds that ran
 * out or whose seat an organizer filled go, and passes give-aways nobody took in time to their
 * task's list. It reads every waiting person's eligibility, so it runs as the app's own work;
 * nothing here is reachable from a page or request, only from the participants' side, the
 * publication listener ({@link WaitingListUpdates}) and the minute sweep ({@link WaitingListSweeps}).
 */
@Component
class WaitingListOffers {

    private final ParticipantSeats seats;
    private final SeatHandOvers handOvers;
    private final WaitingListStore store;
    private final SelfServiceStore selfService;
    private final CampService camps;
    private final OfferedSeatChecks checks;
    private final Clock clock;

    WaitingListOffers(ParticipantSeats seats, SeatHandOvers handOvers, WaitingListStore store,
            SelfServiceStore selfService, CampService camps, OfferedSeatChecks checks, Clock clock) {
        this.checks = checks;
        this.seats = seats;
        this.handOvers = handOvers;
        this.store = store;
        this.selfService = selfService;
        this.camps = camps;
        this.clock = clock;
    }

    /** Offers the camp's freed and given-away seats of waited-for tasks; returns the holds made. */
    @Transactional
    List<Long> offerFreedSeats(long campId) {
        return RunAs.theApp(() -> offerFreed(campId));
    }

    /**
     * Lets the holds that ran out go, and passes on the give-aways that ran out, in every camp
     * that has one, and offers those seats on. Returns how many camps it looked at.
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

    private List<Long> offerFreed(long campId) {
        if (store.nothingWaiting(campId)) {
            return List.of();
        }
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
        store.passExpiredGiveAways(campId, now);
        var shifts = store.waitedForShifts(campId, now);
        var free = new HashMap<Long, Integer>();
        shifts.forEach(shift -> free.put(shift.shiftId(), shift.free()));
        var held = new HashMap<Long, Integer>();
        var busy = new HashSet<String>();
        // Newest holds first: when an organizer filled a held seat, the latest hold gives way.
        for (var hold : store.open(campId).reversed()) {
            if (!hold.giveAway()) {
                int count = held.getOrDefault(hold.shiftId(), 0);
                if (count >= free.getOrDefault(hold.shiftId(), 0)) {
                    store.close(hold.offerId(), "GONE", now);
                    continue;
                }
                held.put(hold.shiftId(), count + 1);
            }
            busy.add(hold.taskId() + "/" + hold.participantId());
        }
        var offered = store.everOffered(campId);
        double cap = settings.maxExtraMinutesPerDay() / 60.0;
        Duration window = Duration.ofMinutes(settings.waitingOfferMinutes());
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
                made.add(store.hold(campId, shift.taskId(), shift.shiftId(), person, now,
                        until(now, window, shift.starts())));
                offered.add(shift.shiftId() + "/" + person);
                busy.add(shift.taskId() + "/" + person);
                room--;
            }
        }
        made.addAll(offerGiveAways(campId, now, queues, offered, busy, cap, window));
        return made;
    }

    /**
     * Holds each give-away passed to a waiting list for the first person on its task's list who
     * may take it from the giver and has not been offered that shift; with nobody left, it stays
     * the giver's. {@code offered} and {@code busy} are those of the free seats' round.
     */
    private List<Long> offerGiveAways(long campId, Instant now, Map<Long, List<Long>> queues, Set<String> offered,
            Set<String> busy, double cap, Duration window) {
        var made = new ArrayList<Long>();
        for (var given : store.giveAwaysToOffer(campId, now)) {
            var next = queues.getOrDefault(given.taskId(), List.of()).stream()
                    .filter(person -> person != given.giverId()
                            && !offered.contains(given.shiftId() + "/" + person)
                            && !busy.contains(given.taskId() + "/" + person)
                            && mayTakeGiven(campId, person, given, cap))
                    .findFirst();
            if (next.isEmpty()) {
                store.giveAwayUnclaimed(given.seatOfferId());
                continue;
            }
            long person = next.get();
            made.add(store.hold(campId, given.taskId(), given.shiftId(), person, now,
                    until(now, window, given.starts()), given.seatOfferId()));
            offered.add(given.shiftId() + "/" + person);
            busy.add(given.taskId() + "/" + person);
        }
        return made;
    }

    /** A hold lasts the camp's hold time and never past the shift's start. */
    private static Instant until(Instant now, Duration window, Instant starts) {
        Instant until = now.plus(window);
        return until.isBefore(starts) ? until : starts;
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

    /** Whether the person may take the given-away seat from its giver by every rule and within the cap. */
    private boolean mayTakeGiven(long campId, long participantId, WaitingListStore.GivenSeat given, double cap) {
        try {
            // The giver's seat as it is now: a re-plan may have given them another seat number.
            int seatNow = checks.seatNow(campId, given.shiftId(), given.giverId());
            var seat = handOvers.preview(participantId, given.giverId(), given.shiftId(), seatNow, Locale.ENGLISH)
                    .seat();
            return seat.hoursPerDayAfter() <= seat.fairShareAfter() + cap + 1e-9;
        } catch (RefusedChangeException | NotFoundException e) {
            // Not theirs to take, or no longer the giver's: the next person is asked.
            return false;
        }
    }

    private LocalDate today(long campId) {
        return LocalDate.now(clock.withZone(camps.get(campId).timeZone()));
    }
}
