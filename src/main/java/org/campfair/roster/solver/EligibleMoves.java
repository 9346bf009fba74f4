package org.campfair.roster.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;

/**
 * Move filters that skip seat moves breaking a rule that does not depend on the rest of the
 * roster: a volunteer without the task's skills, or not at camp or unavailable at the time,
 * can never take the seat, so scoring such a move only wastes time. On a 150-person camp most
 * random seat moves are of this kind. The check itself is {@link Eligibility#canTake}. They
 * also keep to the days off the start planned ({@link PlannedDaysOff}), except to fill an empty
 * required seat; so they never remove a roster that fills every required seat from reach.
 */
public final class EligibleMoves {

    private EligibleMoves() {
    }

    /** A seat changes to someone who could take it, or to nobody; bed moves pass. */
    public static final class Change implements SelectionFilter<Roster, ChangeMove<Roster>> {

        @Override
        public boolean accept(ScoreDirector<Roster> scoreDirector, ChangeMove<Roster> move) {
            return !(move.getEntity() instanceof Seat seat) || Eligibility.canTake(move.getToPlanningValue(), seat.getShift())
                    && PlannedDaysOff.keeps(scoreDirector.getWorkingSolution(), move.getToPlanningValue(), seat);
        }
    }

    /** Two seats trade volunteers only when each could take the other's seat; bed swaps pass. */
    public static final class Swap implements SelectionFilter<Roster, SwapMove<Roster>> {

        @Override
        public boolean accept(ScoreDirector<Roster> scoreDirector, SwapMove<Roster> move) {
            if (move.getLeftEntity() instanceof Seat left && move.getRightEntity() instanceof Seat right) {
                return left.getVolunteer() != right.getVolunteer()
                        && Eligibility.canTake(left.getVolunteer(), right.getShift())
                        && Eligibility.canTake(right.getVolunteer(), left.getShift())
                        && PlannedDaysOff.keepsTrade(scoreDirector.getWorkingSolution(), left, right);
            }
            return true;
        }
    }
}
