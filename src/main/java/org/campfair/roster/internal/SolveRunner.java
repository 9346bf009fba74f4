package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.roster.RosterSolved;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.roster.model.Roster;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the solve jobs that the {@link SolveQueue} hands to this instance: solves on Timefold's
 * SolverManager, announces each better roster to followers ({@link SolveProgress}; the UI
 * follows it live), saves the best roster so far every few seconds, and saves the final one and
 * closes the job in one transaction. If the instance dies, another one resumes the job from the
 * last saved roster. A same-day absence solves its window's problem alone and saves the camp's
 * score ({@link WindowSolve}). It also says where a camp's solving stands, since only it knows
 * what runs here.
 */
@Component
public class SolveRunner implements SolveQueue.Worker {

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);
    private static final Duration SAVE_RETRY_PAUSE = Duration.ofSeconds(2);

    private final SolverManager<Roster, Long> solverManager;
    private final SolutionManager<Roster, HardMediumSoftLongScore> solutions;
    private final RosterProblemLoader loader;
    private final RosterStore store;
    private final SolveJobs jobs;
    private final SolveQueue queue;
    private final CampService camps;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SolveMeters meters;
    private final ApplicationEventPublisher events;
    private final Duration checkpointEvery;
    private final Duration saveRetryFor;
    private final SolveProgress progress;
    /** Solves running on this instance, by camp, until their roster is saved. */
    private final Map<Long, LocalSolve> running = new ConcurrentHashMap<>();
    /** Set while the app shuts down: saving is then tried once, never retried for minutes. */
    private volatile boolean closing;

    /**
     * A solve on this instance: its job, when it started here, and its end; for a window
     * re-plan, what turns the window's score into the camp's (set once its problem is loaded).
     */
    private record LocalSolve(SolveJobs.Job job, long startedNanos, CompletableFuture<Void> done,
            AtomicLong lastCheckpointNanos, AtomicBoolean stopping, AtomicBoolean handedOver,
            AtomicReference<@Nullable WindowSolve> window) {
    }

    SolveRunner(SolverManager<Roster, Long> solverManager, SolutionManager<Roster, HardMediumSoftLongScore> solutions,
            RosterProblemLoader loader, RosterStore store, SolveJobs jobs, SolveQueue queue, CampService camps,
            TransactionTemplate transaction, Clock clock, MeterRegistry meters, ApplicationEventPublisher events,
            @Value("${campfair.jobs.checkpoint-every:5s}") Duration checkpointEvery,
            @Value("${campfair.jobs.save-retry-for:10m}") Duration saveRetryFor, ScoreTallies tallies,
            @Value("${campfair.solver.time-limit}") Duration configuredTimeLimit) {
        this.solverManager = solverManager;
        this.solutions = solutions;
        this.loader = loader;
        this.store = store;
        this.jobs = jobs;
        this.queue = queue;
        this.camps = camps;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = SolveMeters.on(meters);
        this.events = events;
        this.checkpointEvery = checkpointEvery;
        this.saveRetryFor = saveRetryFor;
        this.progress = new SolveProgress(jobs, store, queue, tallies, configuredTimeLimit, running::containsKey);
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
                new AtomicBoolean(job.stopRequested()), new AtomicBoolean(), new AtomicReference<>());
        var already = running.putIfAbsent(campId, solve);
        if (already != null) {
            // Revived while still running here (heartbeats lost while the database was away).
            already.done().get();
            return;
        }
        try {
            boolean resumed = job.attempts() > 0;
            jobs.begin(jobId, queue.runner(), clock.instant(), resumed);
            (resumed ? meters.resumed() : meters.started()).increment();
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
                progress.forget(campId);
                progress.notifyListeners(campId);
            }
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> done, Duration limit) {
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The solve being handed over did not save its roster: {}", e.getMessage());
        }
    }

    private void solveOnTimefold(LocalSolve solve) {
        var job = solve.job();
        long campId = job.campId();
        long loadStart = System.nanoTime();
        Roster problem;
        if (job.frozenAfter() != null) {
            // A same-day absence: the window's problem alone, and the camp's to measure the score by.
            var both = transaction.execute(status -> loader.loadWindow(campId, job.frozenBefore(), job.frozenAfter()));
            solve.window().set(new WindowSolve(both, solutions));
            problem = both.window();
        } else {
            problem = transaction.execute(status -> loader.load(campId, job.frozenBefore(), null));
        }
        // The start keeps to its share of the limit (FairStart), so the search gets the rest.
        problem.setTimeLimit(progress.limitOf(job));
        log.info("Solving camp {}: {} seats, {} stays, loaded in {} ms", campId, problem.getSeats().size(),
                problem.getStays().size(), (System.nanoTime() - loadStart) / 1_000_000);
        progress.forget(campId);
        var builder = solverManager.solveBuilder()
                .withProblemId(campId)
                .withProblem(problem)
                .withBestSolutionEventConsumer(event -> better(solve, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> finish(solve, event.solution()))
                .withExceptionHandler((id, error) -> {
                    log.error("Solving camp {} failed", id, error);
                    solve.done().completeExceptionally(error);
                });
        limits(job).ifPresent(builder::withConfigOverride);
        builder.run();
        progress.notifyListeners(campId);
        var window = solve.window().get();
        if (window != null) {
            long measureStart = System.nanoTime();
            window.measureCamp(solutions);
            log.info("Measured camp {} for its window re-plan in {} ms", campId,
                    (System.nanoTime() - measureStart) / 1_000_000);
        }
    }

    /** The camp's score of a roster of this solve: its own, or for a window the camp's; null if not known yet. */
    private static @Nullable HardMediumSoftLongScore campScore(LocalSolve solve, Roster best, boolean wait) {
        var window = solve.window().get();
        if (window == null || best.getScore() == null) {
            return best.getScore();
        }
        return wait ? window.campScore(best.getScore()).orElse(null) : window.campScoreIfKnown(best.getScore());
    }

    /** The job's own time limits over the configured ones; none when it asked for none. */
    private static Optional<SolverConfigOverride<Roster>> limits(SolveJobs.Job job) {
        if (job.timeLimit() == null && job.unimprovedLimit() == null) {
            return Optional.empty();
        }
        var termination = new TerminationConfig();
        if (job.timeLimit() != null) {
            termination.setSpentLimit(job.timeLimit());
        }
        if (job.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(job.unimprovedLimit());
        }
        return Optional.of(new SolverConfigOverride<Roster>().withTerminationConfig(termination));
    }

    /** Announces a better roster and, every few seconds, saves it so a resumed job starts there. */
    private void better(LocalSolve solve, Roster best) {
        long campId = solve.job().campId();
        var score = campScore(solve, best, false);
        progress.better(campId, best, score == null ? null : String.valueOf(score));
        long now = System.nanoTime();
        long last = solve.lastCheckpointNanos().get();
        if (now - last < checkpointEvery.toNanos() || solve.done().isDone() || score == null
                || !solve.lastCheckpointNanos().compareAndSet(last, now)) {
            return;
        }
        saveSoFar(solve, best, score);
    }

    private void saveSoFar(LocalSolve solve, Roster best, @Nullable HardMediumSoftLongScore score) {
        try {
            transaction.executeWithoutResult(status -> {
                store.saveAssignments(best);
                store.saveResult(best.getCampId(), score, clock.instant());
                jobs.checkpoint(solve.job().id(), String.valueOf(score), clock.instant());
            });
        } catch (RuntimeException e) {
            log.warn("Could not save the roster of camp {} so far: {}", solve.job().campId(), e.getMessage());
        }
    }

    /**
     * Saves the final roster and closes the job in one transaction, so that a job is finished
     * exactly once and never without its roster. While the database is away it tries again
     * for a while; after that the job fails and the queue retries it from the last checkpoint.
     */
    private void finish(LocalSolve solve, Roster best) {
        if (solve.handedOver().get()) {
            saveSoFar(solve, best, campScore(solve, best, true));
            ended(solve);
            return;
        }
        long campId = solve.job().campId();
        long deadline = System.nanoTime() + saveRetryFor.toNanos();
        while (true) {
            try {
                boolean saved = saveAndClose(solve, best);
                if (saved) {
                    meters.finished().increment();
                    meters.durations().record(Duration.ofNanos(System.nanoTime() - solve.startedNanos()));
                    log.info("Saved the roster of camp {} and closed job {} after {} ms: {}", campId,
                            solve.job().id(), (System.nanoTime() - solve.startedNanos()) / 1_000_000,
                            campScore(solve, best, true));
                }
                ended(solve);
                if (saved) {
                    announceSolved(solve.job());
                }
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

    /**
     * Tells other features that a job's roster is saved, once the camp is idle again (so a
     * listener may publish it). A listener's failure does not undo the saved roster.
     */
    private void announceSolved(SolveJobs.Job job) {
        try {
            events.publishEvent(new RosterSolved(job.campId(), job.id()));
        } catch (RuntimeException e) {
            log.error("A listener of the solved roster of camp {} failed", job.campId(), e);
        }
    }

    /** False when the job was already closed (by another instance that resumed it). */
    private boolean saveAndClose(LocalSolve solve, Roster best) {
        var job = solve.job();
        String outcome = solve.stopping().get() ? "stopped" : "finished";
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!jobs.finish(job.id(), outcome, queue.runner(), clock.instant())) {
                return false;
            }
            store.saveAssignments(best);
            var score = campScore(solve, best, true);
            if (score == null && best.getScore() != null) {
                // Measuring the camp failed: score it as saved now, which costs the whole camp once more.
                score = solutions.update(loader.load(job.campId()));
            }
            store.saveResult(job.campId(), score, clock.instant());
            if (camps.get(job.campId()).status() == CampStatus.DRAFT) {
                camps.markStatus(job.campId(), CampStatus.PLANNING);
            }
            return true;
        }));
    }

    /** A job stopped before it ran closes without touching the roster. */
    private void finishUnsolved(LocalSolve solve) {
        if (jobs.finish(solve.job().id(), "stopped", queue.runner(), clock.instant())) {
            meters.finished().increment();
        }
        ended(solve);
    }

    private void ended(LocalSolve solve) {
        long campId = solve.job().campId();
        if (running.remove(campId, solve)) {
            progress.forget(campId);
            progress.notifyListeners(campId);
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

    /** Stops the camp's solve at once if it runs here; elsewhere the stop request in its job does. */
    public void stopHere(long campId) {
        var here = running.get(campId);
        if (here != null) {
            here.stopping().set(true);
            solverManager.terminateEarly(campId);
        }
    }

    /**
     * Refuses while the camp has a solve queued or running, here or on another instance: a hand
     * edit, a re-plan or a publication then would race the solve's result.
     *
     * @throws SolveAlreadyRunningException while the camp is being solved
     */
    public void requireIdle(long campId) {
        if (running.containsKey(campId) || jobs.latest(campId).filter(job -> !job.finished()).isPresent()) {
            throw new SolveAlreadyRunningException(campId);
        }
    }

    /**
     * Calls {@code listener} with the camp's status on each better roster and when the solve
     * ends. Returns the handle that stops following.
     */
    public Runnable follow(long campId, Consumer<SolveStatus> listener) {
        return progress.follow(campId, listener);
    }

    /**
     * Where the camp's solving stands, on whichever instance it runs. When the latest job was
     * interrupted (an instance died or lost the database), says since when; until an instance
     * picks it up again, its state is {@link SolveState#INTERRUPTED}, not solving.
     */
    public SolveStatus status(long campId) {
        return progress.status(campId);
    }
}
