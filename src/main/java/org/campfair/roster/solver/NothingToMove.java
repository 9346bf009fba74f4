package org.campfair.roster.solver;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import org.campfair.roster.model.Roster;

/**
 * What the move iterators of {@link FairnessMoves} and {@link RestDayMoves} hand out when no
 * move was found in a few tries; never done. It is written on Timefold's selector-era
 * interface: a move of the new API is always doable, and executing an empty one would let the
 * local search take a step that changes nothing.
 */
final class NothingToMove implements ai.timefold.solver.core.impl.heuristic.move.Move<Roster> {

    static final NothingToMove INSTANCE = new NothingToMove();

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return false;
    }

    @Override
    public void doMoveOnly(ScoreDirector<Roster> scoreDirector) {
        throw new IllegalStateException("Not doable");
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of();
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of();
    }

    @Override
    public String toString() {
        return "NothingToMove";
    }
}
