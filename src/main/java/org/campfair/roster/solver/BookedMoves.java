package org.campfair.roster.solver;

import java.util.Iterator;
import java.util.Objects;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.MoveAdapters;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * What the compound fairness moves share: the books ({@link SeatBooks}), counted afresh every
 * {@link FairnessMoves#REFRESH_AFTER} moves, and Timefold's side of a move iterator factory, as
 * {@link FairnessMoves} does it (the seat's volunteer variable read from the score director,
 * moves of the new API adapted for the selector, random selection only).
 */
abstract class BookedMoves
        implements MoveIteratorFactory<Roster, ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> {

    private @Nullable PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable;
    private @Nullable SeatBooks books;
    private int movesSinceRefresh;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        var metaModel = ((InnerScoreDirector<Roster, ?>) scoreDirector).getSolutionDescriptor().getMetaModel();
        start(scoreDirector.getWorkingSolution(),
                metaModel.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class));
    }

    /** Who could take each shift, once per phase: skills and availability do not change. */
    void start(Roster roster, PlanningVariableMetaModel<Roster, Seat, Volunteer> variable) {
        this.volunteerVariable = variable;
        this.books = new SeatBooks(roster);
        movesSinceRefresh = 0;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSeats().size();
    }

    @Override
    public Iterator<ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> createOriginalMoveIterator(
            ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("Compound fairness moves are drawn at random only.");
    }

    @Override
    public Iterator<ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> createRandomMoveIterator(
            ScoreDirector<Roster> scoreDirector, Random random) {
        if (movesSinceRefresh >= FairnessMoves.REFRESH_AFTER) {
            books().count(scoreDirector.getWorkingSolution());
            movesSinceRefresh = 0;
        }
        return MoveAdapters.toLegacyMoveIterator(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<Roster> next() {
                movesSinceRefresh++;
                Move<Roster> move = nextMove(books(), random);
                return move == null ? FairnessMoves.NothingToMove.INSTANCE : move;
            }
        });
    }

    /** The next move, or null when a few tries found none worth scoring. */
    abstract @Nullable Move<Roster> nextMove(SeatBooks books, Random random);

    SeatBooks books() {
        return Objects.requireNonNull(books, "Compound fairness moves used before their phase started");
    }

    PlanningVariableMetaModel<Roster, Seat, Volunteer> variable() {
        return Objects.requireNonNull(volunteerVariable, "Compound fairness moves used before their phase started");
    }
}
