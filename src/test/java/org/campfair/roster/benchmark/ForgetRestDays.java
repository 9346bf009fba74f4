package org.campfair.roster.benchmark;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.campfair.roster.model.Roster;

/**
 * For the benchmark's FREE_REST_DAYS candidate: drops the rest days the start hands the local
 * search ({@code Roster.plannedDaysOff}), so the search's moves may put work on them and only the
 * day-off rule's weight (and the fairness moves' own no-sixth-day check) keeps the days off.
 */
public final class ForgetRestDays implements PhaseCommand<Roster> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        scoreDirector.getWorkingSolution().setPlannedDaysOff(Map.of());
    }
}
