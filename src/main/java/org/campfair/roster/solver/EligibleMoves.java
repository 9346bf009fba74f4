package org.campfair.roster.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Move filters that skip seat moves breaking a rule that does not depend on the rest of the
 * roster: a volunteer without the task's skills, or not at camp or unavailable at the time,
 * can never take the seat, so scoring such a move only wastes time. On a 150-person camp most
 * random seat moves are of this kind. Filters never remove a feasible roster.
 */
public final class EligibleMoves {

    private EligibleMoves() {
    }

    public static boolean canTake(@Nullable Object volunteer, Shift shift) {
        return volunteer == null || volunteer instanceof Volunteer v
                && v.getSkills().containsAll(shift.getRequiredSkills())
                && v.isAvailable(shift.getStart(), shift.getEnd());
    }

    /** A seat changes to someone who could take it, or to nobody; bed moves pass. */
    public static final class Change implements SelectionFilter<Roster, ChangeMove<Roster>> {

        @Override
        public boolean accept(ScoreDirector<Roster> scoreDirector, ChangeMove<Roster> move) {
            return !(move.getEntity() instanceof Seat seat) || canTake(move.getToPlanningValue(), seat.getShift());
        }
    }

    /** Two seats trade volunteers only when each could take the other's seat; bed swaps pass. */
    public static final class Swap implements SelectionFilter<Roster, SwapMove<Roster>> {

        @Override
        public boolean accept(ScoreDirector<Roster> scoreDirector, SwapMove<Roster> move) {
            if (move.getLeftEntity() instanceof Seat left && move.getRightEntity() instanceof Seat right) {
                return left.getVolunteer() != right.getVolunteer()
                        && canTake(left.getVolunteer(), right.getShift())
                        && canTake(right.getVolunteer(), left.getShift());
            }
            return true;
        }
    }
}
