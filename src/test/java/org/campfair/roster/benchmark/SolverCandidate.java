package org.campfair.roster.benchmark;

import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.function.Supplier;
import org.campfair.roster.solver.RosterSolverConfig;

/**
 * Solver configurations the benchmark compares, all with the same model and rules. The
 * winner of the comparison (FairStart, tabu, then late acceptance) is now
 * {@link RosterSolverConfig#create()} itself.
 */
enum SolverCandidate {

    /** RosterSolverConfig as it is. */
    DEFAULT(RosterSolverConfig::create),

    /** The model with Timefold's default phases: default construction, then late acceptance. */
    TIMEFOLD_DEFAULT(RosterSolverConfig::model);

    private final Supplier<SolverConfig> config;

    SolverCandidate(Supplier<SolverConfig> config) {
        this.config = config;
    }

    SolverConfig config() {
        return config.get();
    }
}
