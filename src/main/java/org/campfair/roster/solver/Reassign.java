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
 * Several seats change hands in one step, each to its volunteer (or to nobody): the compound
 * moves whose single changes each make the roster worse and only together better, so the local
 * search scores them together. {@link RestDayMoves} frees a sixth working day and gives the hours
 * back; {@link FairnessMoves} lets two people trade unequal numbers of seats.
 */
record Reassign(PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable, List<Seat> seats,
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
        return new Reassign(volunteerVariable, seats.stream().map(rebaser::rebase).toList(),
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
        return "Reassign(" + seats + " -> " + to + ")";
    }
}
