package org.campfair.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.ExplanationWriter;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.RosterStore;
import org.campfair.roster.model.Roster;
import org.campfair.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves, explains, adjusts and publishes camp rosters. Solving runs in the background on
 * Timefold's SolverManager; each better roster is announced to listeners (the UI follows it
 * live) and the best one is saved when the solve ends, stopped or not.
 */
@Service
public class RosterService {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final SolverManager<Roster, Long> solverManager;
    private final SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;
    private final RosterProblemLoader loader;
    private final RosterStore store;
    private final CampService camps;
    private final ParticipantService participants;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The best score of each running solve, for status requests while it runs. */
    private final Map<Long, String> liveScores = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<SolveStatus>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastAnnounced = new ConcurrentHashMap<>();
    /**
     * Camps whose solve has started and whose result is not saved yet. Timefold reports a job
     * as not solving before the final-solution consumer has saved it, so status and conflicts
     * go by this, not by the solver's own status alone.
     */
    private final Map<Long, Long> solveStarted = new ConcurrentHashMap<>();
    private final Timer solveDurations;
    private static final Duration ANNOUNCE_EVERY = Duration.ofMillis(300);

    RosterService(SolverManager<Roster, Long> solverManager,
            SolutionManager<Roster, HardMediumSoftLongScore> solutionManager, RosterProblemLoader loader,
            RosterStore store, CampService camps, ParticipantService participants, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.loader = loader;
        this.store = store;
        this.camps = camps;
        this.participants = participants;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.solveDurations = Timer.builder("campfair.solve.duration")
                .description("Wall-clock time of roster solves, from start to the saved result").register(meters);
    }

    /** Starts solving with the configured time limits. */
    public SolveStatus solve(long campId) {
        return solve(campId, SolveLimits.CONFIGURED);
    }

    /**
     * Starts solving the camp in the background, from its current roster. A published camp
     * is re-planned with as few changes as possible (the stability rule).
     *
     * @throws SolveAlreadyRunningException when a solve of this camp is already running
     */
    public SolveStatus solve(long campId, SolveLimits limits) {
        return start(campId, limits, null);
    }

    private SolveStatus start(long campId, SolveLimits limits, @Nullable LocalDateTime frozenBefore) {
        camps.get(campId);
        if (solverManager.getSolverStatus(campId) != ai.timefold.solver.core.api.solver.SolverStatus.NOT_SOLVING
                || solveStarted.putIfAbsent(campId, System.nanoTime()) != null) {
            throw new SolveAlreadyRunningException(campId);
        }
        try {
            Roster problem = transaction.execute(status -> loader.load(campId, frozenBefore));
            liveScores.remove(campId);
            var builder = solverManager.solveBuilder()
                    .withProblemId(campId)
                    .withProblem(problem)
                    .withBestSolutionEventConsumer(event -> announce(campId, event.solution()))
                    .withFinalBestSolutionEventConsumer(event -> saveSolution(campId, event.solution()))
                    .withExceptionHandler((id, error) -> {
                        solveStarted.remove(campId);
                        log.error("Solving camp {} failed", id, error);
                    });
            limits.override().ifPresent(builder::withConfigOverride);
            builder.run();
            log.info("Started solving camp {}: {} seats, {} stays", campId, problem.getSeats().size(),
                    problem.getStays().size());
        } catch (RuntimeException e) {
            solveStarted.remove(campId);
            throw e;
        }
        return status(campId);
    }

    private boolean isSolving(long campId) {
        return solveStarted.containsKey(campId)
                || solverManager.getSolverStatus(campId) != ai.timefold.solver.core.api.solver.SolverStatus.NOT_SOLVING;
    }

    /** Early in a solve better rosters come many times a second; followers hear of a few. */
    private void announce(long campId, Roster best) {
        liveScores.put(campId, String.valueOf(best.getScore()));
        long now = System.nanoTime();
        Long last = lastAnnounced.get(campId);
        if (last == null || now - last > ANNOUNCE_EVERY.toNanos()) {
            lastAnnounced.put(campId, now);
            notifyListeners(campId);
        }
    }

    private void saveSolution(long campId, Roster best) {
        try {
            transaction.executeWithoutResult(status -> {
                store.save(best, clock.instant());
                if (camps.get(campId).status() == CampStatus.DRAFT) {
                    camps.markStatus(campId, CampStatus.PLANNING);
                }
            });
            log.info("Saved the roster of camp {}: {}", campId, best.getScore());
        } finally {
            liveScores.remove(campId);
            Long started = solveStarted.remove(campId);
            if (started != null) {
                solveDurations.record(Duration.ofNanos(System.nanoTime() - started));
            }
            notifyListeners(campId);
        }
    }

    /**
     * Follows a camp's solving: called with the status on each better roster and when the
     * solve ends. Returns the handle that stops following.
     */
    public Runnable follow(long campId, Consumer<SolveStatus> listener) {
        listeners.computeIfAbsent(campId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(campId, List.of()).remove(listener);
    }

    private void notifyListeners(long campId) {
        var following = listeners.getOrDefault(campId, List.of());
        if (!following.isEmpty()) {
            var status = status(campId);
            following.forEach(listener -> listener.accept(status));
        }
    }

    /** Asks a running solve to stop; the best roster so far is then saved. */
    public void stop(long campId) {
        solverManager.terminateEarly(campId);
    }

    public SolveStatus status(long campId) {
        SolveState state = switch (solverManager.getSolverStatus(campId)) {
            case NOT_SOLVING -> solveStarted.containsKey(campId) ? SolveState.SOLVING : SolveState.NOT_SOLVING;
            case SOLVING_SCHEDULED -> SolveState.SCHEDULED;
            case SOLVING_ACTIVE -> SolveState.SOLVING;
        };
        var saved = store.lastResult(campId);
        String live = liveScores.get(campId);
        if (state != SolveState.NOT_SOLVING) {
            return new SolveStatus(campId, state, live != null ? live : saved.map(SolveStatus::score).orElse(null),
                    null, saved.map(SolveStatus::solvedAt).orElse(null));
        }
        return saved.orElse(new SolveStatus(campId, SolveState.NOT_SOLVING, null, null, null));
    }

    @Transactional(readOnly = true)
    public CampRoster roster(long campId) {
        camps.get(campId);
        return store.load(campId);
    }

    /**
     * Why the working roster scores what it scores: every broken rule, unfilled seat and
     * costly wish as a sentence, including why seats could not be filled.
     */
    @Transactional(readOnly = true)
    public RosterExplanation explain(long campId) {
        camps.get(campId);
        Roster roster = loader.load(campId);
        return new ExplanationWriter(roster).explain(solutionManager.analyze(roster));
    }

    /** Everyone's work per day at camp in the working roster, people without shifts included. */
    @Transactional(readOnly = true)
    public List<WorkShare> workShares(long campId) {
        camps.get(campId);
        Roster roster = loader.load(campId);
        var minutes = Fairness.workedMinutes(roster);
        return roster.getVolunteers().stream()
                .map(v -> new WorkShare(v.getNickname(), !v.isReturning(), minutes.getOrDefault(v, 0L),
                        v.availableDays()))
                .sorted(java.util.Comparator.comparingDouble(WorkShare::hoursPerDay))
                .toList();
    }

    /** Puts someone (or nobody) in a seat by hand and pins it, or unpins it. */
    @Transactional
    public void assignSeat(long campId, long shiftId, int seat, @Nullable Long participantId, boolean pinned) {
        requireIdle(campId);
        if (participantId != null && participants.get(participantId).campId() != campId) {
            throw new NotFoundException("Participant", participantId);
        }
        if (!store.assignSeat(campId, shiftId, seat, participantId, pinned)) {
            throw new NotFoundException("Seat " + seat + " of shift", shiftId);
        }
    }

    @Transactional
    public void pinSeat(long campId, long shiftId, int seat, boolean pinned) {
        requireIdle(campId);
        if (!store.pinSeat(campId, shiftId, seat, pinned)) {
            throw new NotFoundException("Seat " + seat + " of shift", shiftId);
        }
    }

    @Transactional
    public void pinStay(long campId, long participantId, boolean pinned) {
        requireIdle(campId);
        if (!store.pinStay(campId, participantId, pinned)) {
            throw new NotFoundException("Participant", participantId);
        }
    }

    /** Hand edits while solving would be overwritten by the solve's result. */
    private void requireIdle(long campId) {
        if (isSolving(campId)) {
            throw new SolveAlreadyRunningException(campId);
        }
    }

    /** What re-publishing would change for participants, against the latest publication. */
    @Transactional(readOnly = true)
    public List<RosterChange> changesSincePublication(long campId) {
        camps.get(campId);
        return store.changesSincePublication(campId);
    }

    /**
     * A participant drops out from a day on: they are marked gone, and the roster is
     * re-planned from that day with as few changes as possible. Everything before that day
     * stays as it was. The changes are listed by {@link #changesSincePublication} once the
     * solve has ended; nothing reaches participants until the organizer publishes.
     */
    public SolveStatus dropOut(long participantId, LocalDate from) {
        var participant = participants.get(participantId);
        requireIdle(participant.campId());
        participants.leaveFrom(participantId, from);
        return start(participant.campId(), SolveLimits.CONFIGURED, from.atStartOfDay());
    }

    /**
     * Freezes the current roster as the one participants see and announces it.
     *
     * @throws NothingToPublishException when the camp has never been solved
     */
    @Transactional
    public RosterPublished publish(long campId) {
        camps.get(campId);
        requireIdle(campId);
        var result = store.lastResult(campId).orElseThrow(() -> new NothingToPublishException(campId));
        Instant now = clock.instant();
        long publicationId = store.publish(campId, result.score(), now);
        camps.markStatus(campId, CampStatus.PUBLISHED);
        var published = new RosterPublished(campId, publicationId, now);
        events.publishEvent(published);
        return published;
    }

    /** Per-solve time limits; empty values keep the configured ones. */
    public record SolveLimits(@Nullable Duration timeLimit, @Nullable Duration unimprovedLimit) {

        public static final SolveLimits CONFIGURED = new SolveLimits(null, null);

        java.util.Optional<SolverConfigOverride<Roster>> override() {
            if (timeLimit == null && unimprovedLimit == null) {
                return java.util.Optional.empty();
            }
            var termination = new TerminationConfig();
            if (timeLimit != null) {
                termination.setSpentLimit(timeLimit);
            }
            if (unimprovedLimit != null) {
                termination.setUnimprovedSpentLimit(unimprovedLimit);
            }
            return java.util.Optional.of(new SolverConfigOverride<Roster>().withTerminationConfig(termination));
        }
    }
}
