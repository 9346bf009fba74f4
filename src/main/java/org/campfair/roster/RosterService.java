package org.campfair.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.security.CampAccess;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.ExplanationWriter;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.RosterStore;
import org.campfair.roster.internal.ScoreTallies;
import org.campfair.roster.internal.SolveJobs;
import org.campfair.roster.internal.SolveQueue;
import org.campfair.roster.internal.SolveRunner;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solves, explains, adjusts and publishes camp rosters. A solve request becomes a durable job
 * in PostgreSQL ({@link SolveQueue}) that any instance may run; {@link SolveRunner} runs it
 * there. Hand edits and pins are {@link RosterEdits}.
 */
@Service
public class RosterService {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;
    private final RosterProblemLoader loader;
    private final RosterStore store;
    private final SolveJobs jobs;
    private final SolveQueue queue;
    private final SolveRunner runner;
    private final CampService camps;
    private final ParticipantService participants;
    private final CampAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ScoreTallies tallies;

    RosterService(SolutionManager<Roster, HardMediumSoftLongScore> solutionManager, RosterProblemLoader loader,
            RosterStore store, SolveJobs jobs, SolveQueue queue, SolveRunner runner, CampService camps,
            ParticipantService participants, CampAccess access, ApplicationEventPublisher events, Clock clock,
            ScoreTallies tallies) {
        this.solutionManager = solutionManager;
        this.loader = loader;
        this.store = store;
        this.jobs = jobs;
        this.queue = queue;
        this.runner = runner;
        this.camps = camps;
        this.participants = participants;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.tallies = tallies;
    }

    /** Starts solving with the configured time limits. */
    public SolveStatus solve(long campId) {
        return solve(campId, SolveLimits.CONFIGURED);
    }

    /**
     * Queues a solve of the camp, from its current roster; an instance with a free solver
     * picks it up at once. A published camp is re-planned with as few changes as possible
     * (the stability rule). Once the camp's days have begun, every shift that started before now
     * keeps its people, and fairness counts the hours confirmed at check-in so far plus the
     * planned hours ahead.
     *
     * @throws SolveAlreadyRunningException when a solve of this camp is already queued or running
     */
    public SolveStatus solve(long campId, SolveLimits limits) {
        access.requireOrganizer(campId);
        return start(campId, limits, pastOf(campId));
    }

    /** Now in the camp's time zone once its days have begun: what started before is history. */
    private @Nullable LocalDateTime pastOf(long campId) {
        var camp = camps.get(campId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(camp.timeZone()));
        return now.toLocalDate().isBefore(camp.startsOn()) ? null : now;
    }

    private SolveStatus start(long campId, SolveLimits limits, @Nullable LocalDateTime frozenBefore) {
        enqueue(campId, limits, frozenBefore, null);
        return status(campId);
    }

    private long enqueue(long campId, SolveLimits limits, @Nullable LocalDateTime frozenBefore,
            @Nullable LocalDateTime frozenAfter) {
        camps.get(campId);
        long jobId = createJob(campId, limits, frozenBefore, frozenAfter);
        if (!queue.enqueue(campId, jobId)) {
            jobs.delete(jobId);
            throw new SolveAlreadyRunningException(campId);
        }
        log.info("Queued solve job {} of camp {}", jobId, campId);
        return jobId;
    }

    private long createJob(long campId, SolveLimits limits, @Nullable LocalDateTime frozenBefore,
            @Nullable LocalDateTime frozenAfter) {
        try {
            return jobs.create(campId, limits.timeLimit(), limits.unimprovedLimit(), frozenBefore, frozenAfter,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            // An open job the queue no longer holds was given up after its retries: close it.
            var open = jobs.latest(campId).filter(job -> !job.finished()).orElse(null);
            if (open == null || queue.holds(campId)) {
                throw new SolveAlreadyRunningException(campId);
            }
            jobs.finish(open.id(), "abandoned", queue.runner(), clock.instant());
            return jobs.create(campId, limits.timeLimit(), limits.unimprovedLimit(), frozenBefore, frozenAfter,
                    clock.instant());
        }
    }

    /**
     * Follows a camp's solving: called with the status on each better roster and when the
     * solve ends. Returns the handle that stops following.
     */
    public Runnable follow(long campId, Consumer<SolveStatus> listener) {
        access.requireOrganizer(campId);
        return runner.follow(campId, listener);
    }

    /**
     * Asks the camp's solve to stop, wherever it runs: the instance running it sees the
     * request within a poll interval, and the best roster so far is then saved.
     */
    public void stop(long campId) {
        access.requireOrganizer(campId);
        jobs.requestStop(campId);
        runner.stopHere(campId);
    }

    /**
     * Where the camp's solving stands, on whichever instance it runs. When the latest job was
     * interrupted (an instance died or lost the database), says since when; until an instance
     * picks it up again, its state is {@link SolveState#INTERRUPTED}, not solving. The score is
     * also counted in things a person can picture: live while solving, and for the saved roster.
     */
    public SolveStatus status(long campId) {
        access.requireOrganizer(campId);
        var status = runner.status(campId);
        if (status.tally() == null && status.state() == SolveState.NOT_SOLVING && status.score() != null) {
            return status.withTally(tallies.ofSaved(campId, status.score(), status.solvedAt()));
        }
        return status;
    }

    @Transactional(readOnly = true)
    public CampRoster roster(long campId) {
        camps.getOrganized(campId);
        return store.load(campId);
    }

    /**
     * Why the working roster scores what it scores: every broken rule, unfilled seat and
     * costly wish as a sentence, including why seats could not be filled.
     */
    @Transactional(readOnly = true)
    public RosterExplanation explain(long campId) {
        access.requireOrganizer(campId);
        return explain(campId, Locale.ENGLISH);
    }

    /** {@link #explain(long)} with sentences and dates in the language of {@code locale}. */
    @Transactional(readOnly = true)
    public RosterExplanation explain(long campId, Locale locale) {
        camps.getOrganized(campId);
        Roster roster = loader.load(campId);
        return new ExplanationWriter(roster, locale).explain(solutionManager.analyze(roster));
    }

    /**
     * Everyone's work per day at camp in the working roster, people without shifts included:
     * planned, confirmed at check-in, and as fairness counts it (confirmed where marked).
     */
    @Transactional(readOnly = true)
    public List<WorkShare> workShares(long campId) {
        var camp = camps.getOrganized(campId);
        Roster roster = loader.load(campId);
        var counted = Fairness.workedMinutes(roster);
        LocalDateTime now = LocalDateTime.now(clock.withZone(camp.timeZone()));
        Map<Volunteer, Long> planned = new HashMap<>();
        Map<Volunteer, Long> confirmed = new HashMap<>();
        Map<Volunteer, Integer> notConfirmedYet = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            Volunteer volunteer = seat.getVolunteer();
            if (volunteer == null) {
                continue;
            }
            planned.merge(volunteer, seat.getShift().durationMinutes(), Long::sum);
            if (seat.getConfirmedMinutes() != null) {
                confirmed.merge(volunteer, (long) seat.getConfirmedMinutes(), Long::sum);
            } else if (seat.getShift().getStart().isBefore(now)) {
                notConfirmedYet.merge(volunteer, 1, Integer::sum);
            }
        }
        return roster.getVolunteers().stream()
                .map(v -> new WorkShare(v.getNickname(), !v.isReturning(), counted.getOrDefault(v, 0L),
                        v.availableDays(), planned.getOrDefault(v, 0L), confirmed.getOrDefault(v, 0L),
                        notConfirmedYet.getOrDefault(v, 0)))
                .sorted(java.util.Comparator.comparingDouble(WorkShare::hoursPerDay))
                .toList();
    }

    /** What re-publishing would change for participants, against the latest publication. */
    @Transactional(readOnly = true)
    public List<RosterChange> changesSincePublication(long campId) {
        camps.getOrganized(campId);
        return store.changesSincePublication(campId);
    }

    /**
     * Whether and when the camp was published and by whom, how many people the working roster
     * reaches and how many of its seats and beds publishing would change: what the organizer
     * reads before publishing and on the roster page.
     */
    @Transactional(readOnly = true)
    public RosterPublication publication(long campId) {
        camps.getOrganized(campId);
        var latest = store.latestPublication(campId);
        return new RosterPublication(latest.map(RosterStore.Published::at).orElse(null),
                latest.map(RosterStore.Published::by).orElse(null), store.peopleOnRoster(campId),
                store.changesSincePublication(campId).size());
    }

    /**
     * A participant drops out from a day on: they are marked gone, and the roster is
     * re-planned from that day with as few changes as possible. Everything before that day
     * stays as it was. The changes are listed by {@link #changesSincePublication} once the
     * solve has ended; nothing reaches participants until the organizer publishes.
     */
    public SolveStatus dropOut(long participantId, LocalDate from) {
        access.requireOrganizerOfParticipant(participantId);
        var participant = participants.get(participantId);
        runner.requireIdle(participant.campId());
        participants.leaveFrom(participantId, from);
        return start(participant.campId(), SolveLimits.CONFIGURED, from.atStartOfDay());
    }

    /**
     * A participant's availability changed for a short while (a "not today"): the roster is
     * re-planned between {@code from} and {@code until} (camp-local times) with as few changes
     * as possible. Seats of shifts starting before {@code from} (they have begun) or from
     * {@code until} on stay as they are, and so does every bed; the solver's eligibility and
     * stability rules apply as in any solve. The participant may ask this for themselves.
     * Nothing reaches participants until the roster is published.
     *
     * @return the id of the queued solve job, as {@link RosterSolved} will name it
     * @throws SolveAlreadyRunningException when a solve of the camp is already queued or running
     */
    public long replanWindow(long participantId, LocalDateTime from, LocalDateTime until) {
        access.requireParticipantOrOrganizer(participantId);
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("A re-plan window must end after it starts");
        }
        return enqueue(participants.get(participantId).campId(), SolveLimits.WINDOW, from, until);
    }

    /**
     * Freezes the current roster as the one participants see and announces it.
     *
     * @throws NothingToPublishException when the camp has never been solved
     */
    @Transactional
    public RosterPublished publish(long campId) {
        camps.getOrganized(campId);
        runner.requireIdle(campId);
        var result = store.lastResult(campId).orElseThrow(() -> new NothingToPublishException(campId));
        Instant now = clock.instant();
        long publicationId = store.publish(campId, result.score(), now, signedInName());
        camps.markStatus(campId, CampStatus.PUBLISHED);
        var published = new RosterPublished(campId, publicationId, now, false);
        events.publishEvent(published);
        return published;
    }

    /** Who is publishing, for the roster page; none for work the app starts itself. */
    private static @Nullable String signedInName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }

    /** Per-solve time limits; empty values keep the configured ones. */
    public record SolveLimits(@Nullable Duration timeLimit, @Nullable Duration unimprovedLimit) {

        public static final SolveLimits CONFIGURED = new SolveLimits(null, null);
        /**
         * A re-plan of a day or two with everything else pinned: a small problem that settles
         * within seconds, and someone who just said they cannot come (and the organizer) are
         * waiting for it, so it gets a few seconds rather than a whole camp's limits.
         */
        public static final SolveLimits WINDOW = new SolveLimits(Duration.ofSeconds(4), Duration.ofSeconds(2));
    }
}
