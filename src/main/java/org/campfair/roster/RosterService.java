package org.campfair.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.security.CampAccess;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.ExplanationWriter;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.RosterStore;
import org.campfair.roster.internal.SolveJobs;
import org.campfair.roster.internal.SolveQueue;
import org.campfair.roster.model.Roster;
import org.campfair.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves, explains, adjusts and publishes camp rosters. A solve request becomes a durable job
 * in PostgreSQL ({@link SolveQueue}) that any instance may run; the instance that runs it
 * solves on Timefold's SolverManager, announces each better roster to listeners (the UI
 * follows it live), saves the best roster so far every few seconds, and saves the final one
 * and closes the job in one transaction. If the instance dies, another one resumes the job
 * from the last saved roster.
 */
@Service
public class RosterService implements SolveQueue.Worker {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final SolverManager<Roster, Long> solverManager;
    private final SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;
    private final RosterProblemLoader loader;
    private final RosterStore store;
    private final SolveJobs jobs;
    private final SolveQueue queue;
    private final CampService camps;
    private final ParticipantService participants;
    private final CampAccess access;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The best score of each solve running here, for status requests while it runs. */
    private final Map<Long, String> liveScores = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<SolveStatus>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastAnnounced = new ConcurrentHashMap<>();
    /** Solves running on this instance, by camp, until their roster is saved. */
    private final Map<Long, LocalSolve> running = new ConcurrentHashMap<>();
    private final Timer solveDurations;
    private final Counter jobsStarted;
    private final Counter jobsResumed;
    private final Counter jobsFinished;
    private final Duration checkpointEvery;
    private final Duration saveRetryFor;
    /** Set while the app shuts down: saving is then tried once, never retried for minutes. */
    private volatile boolean closing;
    private static final Duration ANNOUNCE_EVERY = Duration.ofMillis(300);
    private static final Duration SAVE_RETRY_PAUSE = Duration.ofSeconds(2);

    /** A solve on this instance: its job, when it started here, and its end. */
    private record LocalSolve(SolveJobs.Job job, long startedNanos, CompletableFuture<Void> done,
            AtomicLong lastCheckpointNanos, AtomicBoolean stopping, AtomicBoolean handedOver) {
    }

    RosterService(SolverManager<Roster, Long> solverManager,
            SolutionManager<Roster, HardMediumSoftLongScore> solutionManager, RosterProblemLoader loader,
            RosterStore store, SolveJobs jobs, SolveQueue queue, CampService camps, ParticipantService participants,
            CampAccess access, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            MeterRegistry meters,
            @Value("${campfair.jobs.checkpoint-every:5s}") Duration checkpointEvery,
            @Value("${campfair.jobs.save-retry-for:10m}") Duration saveRetryFor) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.loader = loader;
        this.store = store;
        this.jobs = jobs;
        this.queue = queue;
        this.camps = camps;
        this.participants = participants;
        this.access = access;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.checkpointEvery = checkpointEvery;
        this.saveRetryFor = saveRetryFor;
        this.solveDurations = Timer.builder("campfair.solve.duration")
                .description("Wall-clock time of roster solves, from start to the saved result").register(meters);
        this.jobsStarted = jobCounter(meters, "started");
        this.jobsResumed = jobCounter(meters, "resumed");
        this.jobsFinished = jobCounter(meters, "finished");
        queue.setWorker(this);
    }

    private static Counter jobCounter(MeterRegistry meters, String event) {
        return Counter.builder("campfair.solve.jobs").tag("event", event)
                .description("Solve jobs started, resumed after an interruption, and finished on this instance")
                .register(meters);
    }

    /** Starts solving with the configured time limits. */
    public SolveStatus solve(long campId) {
        return solve(campId, SolveLimits.CONFIGURED);
    }

    /**
     * Queues a solve of the camp, from its current roster; an instance with a free solver
     * picks it up at once. A published camp is re-planned with as few changes as possible
     * (the stability rule).
     *
     * @throws SolveAlreadyRunningException when a solve of this camp is already queued or running
     */
    public SolveStatus solve(long campId, SolveLimits limits) {
        access.requireOrganizer(campId);
        return start(campId, limits, null);
    }

    private SolveStatus start(long campId, SolveLimits limits, @Nullable LocalDateTime frozenBefore) {
        camps.get(campId);
        long jobId = createJob(campId, limits, frozenBefore);
        if (!queue.enqueue(campId, jobId)) {
            jobs.delete(jobId);
            throw new SolveAlreadyRunningException(campId);
        }
        log.info("Queued solve job {} of camp {}", jobId, campId);
        return status(campId);
    }

    private long createJob(long campId, SolveLimits limits, @Nullable LocalDateTime frozenBefore) {
        try {
            return jobs.create(campId, limits.timeLimit(), limits.unimprovedLimit(), frozenBefore, clock.instant());
        } catch (DuplicateKeyException e) {
            // An open job the queue no longer holds was given up after its retries: close it.
            var open = jobs.latest(campId).filter(job -> !job.finished()).orElse(null);
            if (open == null || queue.holds(campId)) {
                throw new SolveAlreadyRunningException(campId);
            }
            jobs.finish(open.id(), "abandoned", queue.runner(), clock.instant());
            return jobs.create(campId, limits.timeLimit(), limits.unimprovedLimit(), frozenBefore, clock.instant());
        }
    }

    /**
     * Runs a job on the queue's thread until its roster is saved. A job that was started
     * before (its instance died) resumes from the roster saved by its last checkpoint, which
     * the loader reads as the starting solution.
     */
    @Override
    public void run(long jobId) throws Exception {
        var job = jobs.find(jobId).orElse(null);
        if (job == null || job.finished()) {
            return; // finished just before its instance died, or the camp is gone
        }
        long campId = job.campId();
        var solve = new LocalSolve(job, System.nanoTime(), new CompletableFuture<>(), new AtomicLong(System.nanoTime()),
                new AtomicBoolean(job.stopRequested()), new AtomicBoolean());
        var already = running.putIfAbsent(campId, solve);
        if (already != null) {
            // Revived while still running here (heartbeats lost while the database was away).
            already.done().get();
            return;
        }
        try {
            boolean resumed = job.attempts() > 0;
            jobs.begin(jobId, queue.runner(), clock.instant(), resumed);
            (resumed ? jobsResumed : jobsStarted).increment();
            log.info("{} solve job {} of camp {}", resumed ? "Resuming" : "Starting", jobId, campId);
            if (job.stopRequested()) {
                finishUnsolved(solve);
            } else {
                solveOnTimefold(solve);
            }
            solve.done().get();
        } catch (InterruptedException e) {
            // This instance is shutting down: save the best roster so far and leave the job open;
            // the queue retries it, here after a restart or on another instance, from that roster.
            solve.handedOver().set(true);
            solverManager.terminateEarly(campId);
            awaitQuietly(solve.done(), Duration.ofSeconds(4));
            throw e;
        } finally {
            if (running.remove(campId, solve)) {
                liveScores.remove(campId);
                notifyListeners(campId);
            }
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> done, Duration limit) {
        try {
            done.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("The solve being handed over did not save its roster: {}", e.getMessage());
        }
    }

    private void solveOnTimefold(LocalSolve solve) {
        var job = solve.job();
        long campId = job.campId();
        Roster problem = transaction.execute(status -> loader.load(campId, job.frozenBefore()));
        liveScores.remove(campId);
        var builder = solverManager.solveBuilder()
                .withProblemId(campId)
                .withProblem(problem)
                .withBestSolutionEventConsumer(event -> better(solve, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> finish(solve, event.solution()))
                .withExceptionHandler((id, error) -> {
                    log.error("Solving camp {} failed", id, error);
                    solve.done().completeExceptionally(error);
                });
        new SolveLimits(job.timeLimit(), job.unimprovedLimit()).override().ifPresent(builder::withConfigOverride);
        builder.run();
        notifyListeners(campId);
        log.info("Solving camp {}: {} seats, {} stays", campId, problem.getSeats().size(), problem.getStays().size());
    }

    /** Announces a better roster and, every few seconds, saves it so a resumed job starts there. */
    private void better(LocalSolve solve, Roster best) {
        long campId = solve.job().campId();
        announce(campId, best);
        long now = System.nanoTime();
        long last = solve.lastCheckpointNanos().get();
        if (now - last < checkpointEvery.toNanos() || solve.done().isDone()
                || !solve.lastCheckpointNanos().compareAndSet(last, now)) {
            return;
        }
        saveSoFar(solve, best);
    }

    private void saveSoFar(LocalSolve solve, Roster best) {
        try {
            transaction.executeWithoutResult(status -> {
                store.save(best, clock.instant());
                jobs.checkpoint(solve.job().id(), String.valueOf(best.getScore()), clock.instant());
            });
        } catch (RuntimeException e) {
            log.warn("Could not save the roster of camp {} so far: {}", solve.job().campId(), e.getMessage());
        }
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

    /**
     * Saves the final roster and closes the job in one transaction, so that a job is finished
     * exactly once and never without its roster. While the database is away it tries again
     * for a while; after that the job fails and the queue retries it from the last checkpoint.
     */
    private void finish(LocalSolve solve, Roster best) {
        var job = solve.job();
        long campId = job.campId();
        if (solve.handedOver().get()) {
            saveSoFar(solve, best);
            ended(solve);
            return;
        }
        String outcome = solve.stopping().get() ? "stopped" : "finished";
        long deadline = System.nanoTime() + saveRetryFor.toNanos();
        while (true) {
            try {
                boolean closed = Boolean.TRUE.equals(transaction.execute(status -> {
                    if (!jobs.finish(job.id(), outcome, queue.runner(), clock.instant())) {
                        return false;
                    }
                    store.save(best, clock.instant());
                    if (camps.get(campId).status() == CampStatus.DRAFT) {
                        camps.markStatus(campId, CampStatus.PLANNING);
                    }
                    return true;
                }));
                if (closed) {
                    jobsFinished.increment();
                    solveDurations.record(Duration.ofNanos(System.nanoTime() - solve.startedNanos()));
                    log.info("Saved the roster of camp {} and closed job {}: {}", campId, job.id(), best.getScore());
                }
                ended(solve);
                return;
            } catch (RuntimeException e) {
                if (closing || System.nanoTime() > deadline) {
                    log.error("Could not save the roster of camp {}; the job will be retried", campId, e);
                    solve.done().completeExceptionally(e);
                    return;
                }
                log.warn("Could not save the roster of camp {}, trying again: {}", campId, e.getMessage());
                try {
                    Thread.sleep(SAVE_RETRY_PAUSE);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    solve.done().completeExceptionally(interrupted);
                    return;
                }
            }
        }
    }

    /** A job stopped before it ran closes without touching the roster. */
    private void finishUnsolved(LocalSolve solve) {
        if (jobs.finish(solve.job().id(), "stopped", queue.runner(), clock.instant())) {
            jobsFinished.increment();
        }
        ended(solve);
    }

    private void ended(LocalSolve solve) {
        long campId = solve.job().campId();
        if (running.remove(campId, solve)) {
            liveScores.remove(campId);
            notifyListeners(campId);
        }
        solve.done().complete(null);
    }

    @PreDestroy
    void close() {
        closing = true;
    }

    /** Stops solves running here that an organizer asked to stop on any instance. */
    @Override
    public void poll() {
        var here = running.values().stream().map(solve -> solve.job().id()).toList();
        for (long jobId : jobs.stopRequested(here)) {
            running.values().stream().filter(solve -> solve.job().id() == jobId).findFirst().ifPresent(solve -> {
                solve.stopping().set(true);
                solverManager.terminateEarly(solve.job().campId());
            });
        }
    }

    private boolean isSolving(long campId) {
        return running.containsKey(campId) || jobs.latest(campId).filter(job -> !job.finished()).isPresent();
    }

    /**
     * Follows a camp's solving: called with the status on each better roster and when the
     * solve ends. Returns the handle that stops following.
     */
    public Runnable follow(long campId, Consumer<SolveStatus> listener) {
        access.requireOrganizer(campId);
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

    /**
     * Asks the camp's solve to stop, wherever it runs: the instance running it sees the
     * request within a poll interval, and the best roster so far is then saved.
     */
    public void stop(long campId) {
        access.requireOrganizer(campId);
        jobs.requestStop(campId);
        var here = running.get(campId);
        if (here != null) {
            here.stopping().set(true);
            solverManager.terminateEarly(campId);
        }
    }

    /**
     * Where the camp's solving stands, on whichever instance it runs. When the latest job was
     * interrupted (an instance died or lost the database), says since when; until an instance
     * picks it up again, its state is {@link SolveState#INTERRUPTED}, not solving.
     */
    public SolveStatus status(long campId) {
        access.requireOrganizer(campId);
        var job = jobs.latest(campId).orElse(null);
        var saved = store.lastResult(campId);
        Instant interruptedAt = job == null ? null : job.interruptedAt();
        boolean here = running.containsKey(campId);
        if (here || (job != null && !job.finished())) {
            var state = here ? SolveState.SOLVING
                    : job.startedAt() == null ? SolveState.SCHEDULED
                    : queue.runnerLost(campId) ? SolveState.INTERRUPTED
                    : SolveState.SOLVING;
            String live = liveScores.get(campId);
            String score = live != null ? live
                    : job != null && job.checkpointScore() != null ? job.checkpointScore()
                    : saved.map(SolveStatus::score).orElse(null);
            return new SolveStatus(campId, state, score, null, saved.map(SolveStatus::solvedAt).orElse(null),
                    interruptedAt);
        }
        return saved.map(s -> new SolveStatus(campId, s.state(), s.score(), s.feasible(), s.solvedAt(), interruptedAt))
                .orElse(new SolveStatus(campId, SolveState.NOT_SOLVING, null, null, null, interruptedAt));
    }

    @Transactional(readOnly = true)
    public CampRoster roster(long campId) {
        access.requireOrganizer(campId);
        camps.get(campId);
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
        access.requireOrganizer(campId);
        camps.get(campId);
        Roster roster = loader.load(campId);
        return new ExplanationWriter(roster, locale).explain(solutionManager.analyze(roster));
    }

    /** Everyone's work per day at camp in the working roster, people without shifts included. */
    @Transactional(readOnly = true)
    public List<WorkShare> workShares(long campId) {
        access.requireOrganizer(campId);
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
        access.requireOrganizer(campId);
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
        access.requireOrganizer(campId);
        requireIdle(campId);
        if (!store.pinSeat(campId, shiftId, seat, pinned)) {
            throw new NotFoundException("Seat " + seat + " of shift", shiftId);
        }
    }

    @Transactional
    public void pinStay(long campId, long participantId, boolean pinned) {
        access.requireOrganizer(campId);
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
        access.requireOrganizer(campId);
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
        access.requireOrganizerOfParticipant(participantId);
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
        access.requireOrganizer(campId);
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
