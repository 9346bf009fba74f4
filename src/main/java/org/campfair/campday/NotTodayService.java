package org.campfair.campday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.campfair.campday.NotToday.Outcome;
import org.campfair.campday.internal.NotTodayStore;
import org.campfair.campday.internal.NotTodayStore.PersonFacts;
import org.campfair.campday.internal.NotTodayStore.Said;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Not today": a participant who cannot come today or tomorrow says so (an organizer may say
 * it for anyone), with a short note only organizers read. They are away for that day alone and
 * keep their stay and bed. Before the roster is published that is simply a day away; after
 * it, the rest of that day and the whole next day are re-planned with as few changes as
 * possible, and the organizer reviews and publishes the result (or the camp publishes it by
 * itself, when allowed and nobody else's day changed). A shift that has already begun stays
 * as it is: whether the person came is for the organizer to mark, not for this to guess.
 *
 * <p>"Today" and "now" are the app clock's instant in the camp's time zone.
 */
@Service
public class NotTodayService {

    /** A few sentences for the organizers; the note is not a message thread. */
    public static final int MAX_NOTE = 500;

    private final NotTodayStore store;
    private final CampAccess access;
    private final AccountService accounts;
    private final ParticipantService participants;
    private final RosterService rosters;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotTodayService(NotTodayStore store, CampAccess access, AccountService accounts, ParticipantService participants,
            RosterService rosters, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.accounts = accounts;
        this.participants = participants;
        this.rosters = rosters;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Says "not today" for the participant's {@code day} (their camp's today or tomorrow). A
     * second time for the same day changes nothing.
     *
     * @throws RefusedChangeException for a day outside the camp or the person's stay, a day
     *         past or more than a day ahead, or a note over {@link #MAX_NOTE} characters
     * @throws SolveAlreadyRunningException when the camp is being solved; nothing is written
     */
    public NotToday say(long participantId, LocalDate day, @Nullable String note) {
        access.requireParticipantOrOrganizer(participantId);
        var person = person(participantId);
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > MAX_NOTE) {
            throw new RefusedChangeException("campday.notToday.noteTooLong", MAX_NOTE);
        }
        var now = now(person);
        check(person, day, now.toLocalDate());
        if (store.find(participantId, day).isPresent()) {
            return new NotToday(participantId, day, Outcome.ALREADY_SAID, List.of(), null);
        }
        var started = person.published() && day.equals(now.toLocalDate())
                ? store.runningShifts(participantId, day, now.toLocalTime()) : List.<StartedShift>of();
        // Away from now (after publication), and after any shift of theirs already under way.
        var from = person.published() ? later(day.atStartOfDay(), now) : day.atStartOfDay();
        for (var shift : started) {
            from = later(from, day.atTime(shift.end()));
        }
        var until = day.plusDays(1).atStartOfDay();
        var awayFrom = from;
        boolean byOrganizer = !self(participantId);
        Said said = transaction.execute(status -> {
            boolean added = awayFrom.isBefore(until) && participants.markAway(participantId, awayFrom, until);
            var row = new Said(participantId, day, kept, added ? awayFrom : null, added ? until : null);
            if (!store.insert(row, byOrganizer, clock.instant())) {
                status.setRollbackOnly(); // said a moment ago, in another tab or by an organizer
                return null;
            }
            return row;
        });
        if (said == null) {
            return new NotToday(participantId, day, Outcome.ALREADY_SAID, List.of(), null);
        }
        events.publishEvent(new NotTodayChanged(person.campId(), day));
        if (!person.published()) {
            return new NotToday(participantId, day, Outcome.DAY_AWAY, started, null);
        }
        try {
            long job = replan(person, day, now);
            return new NotToday(participantId, day, Outcome.REPLANNING, started, job);
        } catch (SolveAlreadyRunningException e) {
            transaction.executeWithoutResult(status -> undo(said));
            throw e;
        }
    }

    /**
     * Takes a "not today" back: the person is available that day again and, after
     * publication, the same days are re-planned (their published seats are what the re-plan
     * stays close to). Taking back what was never said changes nothing.
     *
     * @throws RefusedChangeException for a day already past
     * @throws SolveAlreadyRunningException when the camp is being solved; nothing is written
     */
    public NotToday takeBack(long participantId, LocalDate day) {
        access.requireParticipantOrOrganizer(participantId);
        var person = person(participantId);
        var now = now(person);
        if (day.isBefore(now.toLocalDate())) {
            throw new RefusedChangeException("campday.notToday.past");
        }
        var said = store.find(participantId, day).orElse(null);
        if (said == null) {
            return new NotToday(participantId, day, Outcome.TAKEN_BACK, List.of(), null);
        }
        transaction.executeWithoutResult(status -> undo(said));
        events.publishEvent(new NotTodayChanged(person.campId(), day));
        if (!person.published()) {
            return new NotToday(participantId, day, Outcome.TAKEN_BACK, List.of(), null);
        }
        try {
            return new NotToday(participantId, day, Outcome.TAKEN_BACK, List.of(), replan(person, day, now));
        } catch (SolveAlreadyRunningException e) {
            transaction.executeWithoutResult(status -> {
                if (said.awayFrom() != null) {
                    participants.markAway(participantId, said.awayFrom(), said.awayUntil());
                }
                store.insert(said, !self(participantId), clock.instant());
            });
            throw e;
        }
    }

    /**
     * Refuses whoever does not organize the camp, then a participant who is not the camp's:
     * what an organizer's request under a camp checks before anything else.
     *
     * @throws NotFoundException for a participant of another camp (or none)
     */
    public void requireOrganizerOf(long campId, long participantId) {
        access.requireOrganizer(campId);
        if (store.person(participantId).filter(p -> p.campId() == campId).isEmpty()) {
            throw new NotFoundException("Participant", participantId);
        }
    }

    /** The participant's camp's today, in the camp's time zone: what "today" and "tomorrow" mean for them. */
    public LocalDate todayFor(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return now(person(participantId)).toLocalDate();
    }

    /** The camp's today in its own time zone, for an organizer choosing between today and tomorrow. */
    public LocalDate campToday(long campId) {
        access.requireOrganizer(campId);
        var zone = store.zoneOf(campId).orElseThrow(() -> new NotFoundException("Camp", campId));
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The days from the camp's today on that the participant said "not today" for. */
    public List<LocalDate> daysSaid(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        var person = person(participantId);
        return store.daysOf(participantId, now(person).toLocalDate());
    }

    /** Whether the camp publishes a "not today" re-plan by itself when it changes nobody else's day. */
    public boolean publishesAlone(long campId) {
        access.requireOrganizer(campId);
        return store.publishesAlone(campId);
    }

    /** An organizer's choice: publish such re-plans by themselves, or always wait for an organizer. */
    public void publishAlone(long campId, boolean alone) {
        access.requireOrganizer(campId);
        transaction.executeWithoutResult(status -> store.publishAlone(campId, alone));
    }

    private long replan(PersonFacts person, LocalDate day, LocalDateTime now) {
        // The day's remaining seats and the next day's; what has begun and what comes after stay.
        long job = rosters.replanWindow(person.participantId(), later(day.atStartOfDay(), now),
                day.plusDays(2).atStartOfDay());
        store.replanStarted(job, person.participantId());
        return job;
    }

    private void undo(Said said) {
        store.delete(said.participantId(), said.day());
        if (said.awayFrom() != null && said.awayUntil() != null) {
            participants.unmarkAway(said.participantId(), said.awayFrom(), said.awayUntil());
        }
    }

    private static void check(PersonFacts person, LocalDate day, LocalDate today) {
        if (day.isBefore(person.campStarts()) || day.isAfter(person.campEnds())) {
            throw new RefusedChangeException("campday.notToday.outsideCamp", person.campStarts(), person.campEnds());
        }
        if (day.isBefore(person.arrivesOn()) || day.isAfter(person.departsOn())) {
            throw new RefusedChangeException("campday.notToday.outsideStay", person.arrivesOn(), person.departsOn());
        }
        if (day.isBefore(today)) {
            throw new RefusedChangeException("campday.notToday.past");
        }
        if (day.isAfter(today.plusDays(1))) {
            throw new RefusedChangeException("campday.notToday.tooFarAhead");
        }
    }

    private PersonFacts person(long participantId) {
        return store.person(participantId).orElseThrow(() -> new NotFoundException("Participant", participantId));
    }

    private LocalDateTime now(PersonFacts person) {
        return LocalDateTime.ofInstant(clock.instant(), person.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Whether the signed-in account is the participant's own (else an organizer, or the app). */
    private boolean self(long participantId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && accounts.participantOf(authentication.getName()).filter(id -> id == participantId).isPresent();
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
