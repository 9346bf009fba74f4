package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import ai.timefold.solver.core.preview.api.move.Rebaser;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * The move {@link RestDayMoves} makes: each seat goes to its volunteer (or to nobody), all in one
 * step, so the local search scores the rest day and the hours given back together.
 */
record RestDay(PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable, List<Seat> seats,
        List<@Nullable Volunteer> to) implements Move<Roster> {

    @Override
    public void execute(MutableSolutionView<Roster> view) {
        for (int i = 0; i < seats.size(); i++) {
            view.changeVariable(volunteerVariable, seats.get(i), to.get(i));
        }
    }

    @Override
    public Move<Roster> rebase(Rebaser rebaser) {
        List<@Nullable Volunteer> rebased = new ArrayList<>(to.size());
        to.forEach(volunteer -> rebased.add(volunteer == null ? null : rebaser.rebase(volunteer)));
        return new RestDay(volunteerVariable, seats.stream().map(rebaser::rebase).toList(),
                Collections.unmodifiableList(rebased));
    }

    @Override
    public Collection<Seat> getPlanningEntities() {
        return seats;
    }

    @Override
    public Collection<Volunteer> getPlanningValues() {
        return to.stream().filter(Objects::nonNull).map(Objects::requireNonNull).distinct().toList();
    }

    @Override
    public String toString() {
        return "RestDay(" + seats + " -> " + to + ")";
    }
}
