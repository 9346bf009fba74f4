package org.campfair.roster;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.RosterStore;
import org.campfair.roster.model.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves, saves and publishes camp rosters. Solving runs in the background on Timefold's
 * SolverManager; the best roster found is saved when the solve ends, stopped or not.
 */
@Service
public class RosterService {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final SolverManager<Roster, Long> solverManager;
    private final RosterProblemLoader loader;
    private final RosterStore store;
    private final CampService camps;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The best score of each running solve, for status requests while it runs. */
    private final Map<Long, String> liveScores = new ConcurrentHashMap<>();

    RosterService(SolverManager<Roster, Long> solverManager, RosterProblemLoader loader, RosterStore store,
            CampService camps, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.solverManager = solverManager;
        this.loader = loader;
        this.store = store;
        this.camps = camps;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts solving the camp in the background, from its current roster.
     *
     * @throws SolveAlreadyRunningException when a solve of this camp is already running
     */
    public SolveStatus solve(long campId) {
        camps.get(campId);
        if (solverManager.getSolverStatus(campId) != SolverStatus.NOT_SOLVING) {
            throw new SolveAlreadyRunningException(campId);
        }
        Roster problem = transaction.execute(status -> loader.load(campId));
        liveScores.remove(campId);
        solverManager.solveBuilder()
                .withProblemId(campId)
                .withProblem(problem)
                .withBestSolutionConsumer(best -> liveScores.put(campId, String.valueOf(best.getScore())))
                .withFinalBestSolutionConsumer(best -> saveSolution(campId, best))
                .withExceptionHandler((id, error) -> log.error("Solving camp {} failed", id, error))
                .run();
        log.info("Started solving camp {}: {} seats, {} stays", campId, problem.getSeats().size(),
                problem.getStays().size());
        return status(campId);
    }

    private void saveSolution(long campId, Roster best) {
        transaction.executeWithoutResult(status -> {
            store.save(best, clock.instant());
            if (camps.get(campId).status() == CampStatus.DRAFT) {
                camps.markStatus(campId, CampStatus.PLANNING);
            }
        });
        liveScores.remove(campId);
        log.info("Saved the roster of camp {}: {}", campId, best.getScore());
    }

    /** Asks a running solve to stop; the best roster so far is then saved. */
    public void stop(long campId) {
        solverManager.terminateEarly(campId);
    }

    public SolveStatus status(long campId) {
        SolveState state = switch (solverManager.getSolverStatus(campId)) {
            case NOT_SOLVING -> SolveState.NOT_SOLVING;
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
     * Freezes the current roster as the one participants see and announces it.
     *
     * @throws NothingToPublishException when the camp has never been solved
     */
    @Transactional
    public RosterPublished publish(long campId) {
        camps.get(campId);
        var result = store.lastResult(campId).orElseThrow(() -> new NothingToPublishException(campId));
        Instant now = clock.instant();
        long publicationId = store.publish(campId, result.score(), now);
        camps.markStatus(campId, CampStatus.PUBLISHED);
        var published = new RosterPublished(campId, publicationId, now);
        events.publishEvent(published);
        return published;
    }
}
