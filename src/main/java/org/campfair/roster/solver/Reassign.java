package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
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
 * Several seats change volunteers (or are left empty) in one step: the compound moves ({@link TopUps},
 * {@link SeatExchanges}) whose single changes each make the roster worse and only together
 * better, so the local search, which weighs one move at a time, would never take them apart.
 */
record Reassign(PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable, List<Seat> seats,
        List<@Nullable Volunteer> to) implements Move<Roster> {

    Reassign {
        if (seats.size() != to.size() || seats.isEmpty()) {
            throw new IllegalArgumentException("A reassignment names one new volunteer for each of its seats");
        }
        seats = List.copyOf(seats);
        to = Collections.unmodifiableList(new ArrayList<>(to)); // null: the seat is left empty
    }

    @Override
    public void execute(MutableSolutionView<Roster> view) {
        for (int i = 0; i < seats.size(); i++) {
            view.changeVariable(volunteerVariable, seats.get(i), to.get(i));
        }
    }

    @Override
    public Move<Roster> rebase(Rebaser rebaser) {
        List<@Nullable Volunteer> rebased = new ArrayList<>();
        to.forEach(volunteer -> rebased.add(volunteer == null ? null : rebaser.rebase(volunteer)));
        return new Reassign(volunteerVariable, seats.stream().map(rebaser::rebase).toList(), rebased);
    }

    @Override
    public Collection<Seat> getPlanningEntities() {
        return seats;
    }

    /** The volunteers the seats go to and the ones they leave, for the tabu list. */
    @Override
    public Collection<Volunteer> getPlanningValues() {
        var values = new LinkedHashSet<Volunteer>();
        to.stream().filter(Objects::nonNull).forEach(values::add);
        seats.stream().map(Seat::getVolunteer).filter(Objects::nonNull).forEach(values::add);
        return new ArrayList<>(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Reassign(");
        for (int i = 0; i < seats.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(seats.get(i)).append(" -> ").append(to.get(i));
        }
        return text.append(')').toString();
    }
}
