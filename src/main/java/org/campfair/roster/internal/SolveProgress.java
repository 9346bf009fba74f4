package org.campfair.roster.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.campfair.roster.ScoreTally;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.roster.model.Roster;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a camp's solving stands, for the pages that follow it: the best score of each solve
 * running on this instance, counted for the page now and then ({@link ScoreTallies}), and the
 * listeners told of it a few times a second. Split from {@link SolveRunner}, which runs the
 * solves and tells this class of each better roster and of each solve's end.
 */
final class SolveProgress {

    private static final Logger log = LoggerFactory.getLogger(SolveProgress.class);
    private static final Duration ANNOUNCE_EVERY = Duration.ofMillis(300);
    /**
     * How often a running solve's best roster is counted for the page ({@link ScoreTallies}):
     * a shallow analysis, on the event thread beside the solver's, so not on every better roster.
     */
    private static final Duration TALLY_EVERY = Duration.ofSeconds(2);

    private final SolveJobs jobs;
    private final RosterStore store;
    private final SolveQueue queue;
    private final ScoreTallies tallies;
    /** The configured limit of a solve that asks for none of its own. */
    private final Duration configuredTimeLimit;
    /** Whether the camp's solve runs on this instance. */
    private final LongPredicate runsHere;
    /** The best score of each solve running here, for status requests while it runs. */
    private final Map<Long, String> liveScores = new ConcurrentHashMap<>();
    private final Map<Long, ScoreTally> liveTallies = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastTallied = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<SolveStatus>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastAnnounced = new ConcurrentHashMap<>();

    SolveProgress(SolveJobs jobs, RosterStore store, SolveQueue queue, ScoreTallies tallies,
            Duration configuredTimeLimit, LongPredicate runsHere) {
        this.jobs = jobs;
        this.store = store;
        this.queue = queue;
        this.tallies = tallies;
        this.configuredTimeLimit = configuredTimeLimit;
        this.runsHere = runsHere;
    }

    void forget(long campId) {
        liveScores.remove(campId);
        liveTallies.remove(campId);
        lastTallied.remove(campId);
    }

    /**
     * A better roster with its score as the camp's ({@code score}), or with none when that is
     * not known yet: a window re-plan's own score leaves out the rest of the camp, so the page
     * keeps the last known one. Early in a solve better rosters come many times a second;
     * followers hear of a few.
     */
    void better(long campId, Roster best, @Nullable String score) {
        if (score == null) {
            return;
        }
        liveScores.put(campId, score);
        long now = System.nanoTime();
        Long tallied = lastTallied.get(campId);
        if (!best.isWindowOnly() && (tallied == null || now - tallied > TALLY_EVERY.toNanos())) {
            lastTallied.put(campId, now);
            try {
                liveTallies.put(campId, tallies.of(best));
            } catch (RuntimeException e) {
                // Only the page's words depend on it; the solve goes on.
                liveTallies.remove(campId);
                log.warn("Could not count the best roster of camp {} so far: {}", campId, e.getMessage());
            }
        }
        Long last = lastAnnounced.get(campId);
        if (last == null || now - last > ANNOUNCE_EVERY.toNanos()) {
            lastAnnounced.put(campId, now);
            notifyListeners(campId);
        }
    }

    /** Calls {@code listener} with the camp's status on each better roster and when the solve ends. */
    Runnable follow(long campId, Consumer<SolveStatus> listener) {
        listeners.computeIfAbsent(campId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(campId, List.of()).remove(listener);
    }

    void notifyListeners(long campId) {
        var following = listeners.getOrDefault(campId, List.of());
        if (!following.isEmpty()) {
            var status = status(campId);
            following.forEach(listener -> listener.accept(status));
        }
    }

    /** As {@link SolveRunner#status}. */
    SolveStatus status(long campId) {
        var job = jobs.latest(campId).orElse(null);
        var saved = store.lastResult(campId);
        Instant interruptedAt = job == null ? null : job.interruptedAt();
        boolean here = runsHere.test(campId);
        if (here || (job != null && !job.finished())) {
            var state = here ? SolveState.SOLVING
                    : job.startedAt() == null ? SolveState.SCHEDULED
                    : queue.runnerLost(campId) ? SolveState.INTERRUPTED
                    : SolveState.SOLVING;
            String live = liveScores.get(campId);
            String score = live != null ? live
                    : job != null && job.checkpointScore() != null ? job.checkpointScore()
                    : saved.map(SolveStatus::score).orElse(null);
            Duration limit = job == null ? null : limitOf(job);
            return new SolveStatus(campId, state, score, null, saved.map(SolveStatus::solvedAt).orElse(null),
                    interruptedAt, job == null ? null : job.startedAt(), limit,
                    live != null ? liveTallies.get(campId) : null);
        }
        return saved.map(s -> new SolveStatus(campId, s.state(), s.score(), s.feasible(), s.solvedAt(), interruptedAt))
                .orElse(new SolveStatus(campId, SolveState.NOT_SOLVING, null, null, null, interruptedAt));
    }

    /** The job's own time limit, or the configured one when it has none. */
    Duration limitOf(SolveJobs.Job job) {
        return job.timeLimit() != null ? job.timeLimit() : configuredTimeLimit;
    }
}
