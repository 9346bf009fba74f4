package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import org.campfair.roster.model.Roster;
import org.campfair.roster.solver.RosterSolverConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timefold's Spring Boot starter targets Spring Boot 3 only, so the solver beans are wired
 * here by hand. One solve runs at a time per camp; two cores are enough for one job at once.
 */
@Configuration(proxyBeanMethods = false)
class RosterSolverBeans {

    @Bean
    SolverFactory<Roster> rosterSolverFactory(
            @Value("${campfair.solver.time-limit}") Duration timeLimit,
            @Value("${campfair.solver.unimproved-limit}") Duration unimprovedLimit,
            @Value("${campfair.solver.best-score-limit:}") String bestScoreLimit) {
        var termination = new TerminationConfig()
                .withSpentLimit(timeLimit)
                .withUnimprovedSpentLimit(unimprovedLimit);
        if (!bestScoreLimit.isBlank()) {
            // e.g. 0hard/0medium/*soft: stop at the first roster that fills every minimum.
            termination.setBestScoreLimit(bestScoreLimit);
        }
        // Timefold's default mode (PHASE_ASSERT) recalculates the whole camp's score from scratch
        // at the end of every phase to catch corruption: on the 750-person camp that took about
        // half of a 4-second window re-plan (docs/benchmark.md). RosterSolverConfigTest asserts in full.
        return SolverFactory.create(RosterSolverConfig.create().withTerminationConfig(termination)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT));
    }

    @Bean(destroyMethod = "close")
    SolverManager<Roster, Long> rosterSolverManager(SolverFactory<Roster> factory,
            @Value("${campfair.solver.parallel-jobs:1}") int parallelJobs) {
        return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount(String.valueOf(parallelJobs)));
    }

    @Bean
    SolutionManager<Roster, HardMediumSoftLongScore> rosterSolutionManager(SolverFactory<Roster> factory) {
        return SolutionManager.create(factory);
    }
}
