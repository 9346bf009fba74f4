package org.campfair.roster.solver;

import ai.timefold.solver.core.config.solver.SolverConfig;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Stay;

/**
 * How the roster solver is put together. Callers add their own termination (a time limit
 * for the UI, a best-score limit in tests), so none is set here.
 *
 * <p>The phases are Timefold's defaults: a construction heuristic per entity class (seats,
 * then stays), then late-acceptance local search over a union of change and swap moves on
 * both. Swaps suit seat assignment well, since two volunteers can trade shifts without
 * passing through a worse roster, and the defaults already include them; tuning belongs to
 * the benchmark work, not here.
 */
public final class RosterSolverConfig {

    private RosterSolverConfig() {
    }

    public static SolverConfig create() {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Seat.class, Stay.class)
                .withConstraintProviderClass(RosterConstraintProvider.class);
    }
}
