package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.emptySeats;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import java.util.List;
import java.util.stream.Stream;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterSolverConfig;
import org.junit.jupiter.api.Test;

class FairStartTest {

    @Test
    void requiredSeatsGoToWhoeverHasWorkedLeastAndExtraSeatsStayEmpty() {
        List<Volunteer> volunteers = List.of(volunteer(1, "Ana").build(), volunteer(2, "Ben").build(),
                volunteer(3, "Cai").skills("cooking").build());
        List<Shift> shifts = List.of(
                shift(10, "Cooking", MONDAY, 7, 9).requires("cooking").build(),
                shift(11, "Weeding", MONDAY, 9, 11).headcount(1, 3).build(),
                shift(12, "Weeding", MONDAY, 13, 15).build());
        var roster = new Roster(1, volunteers, shifts, List.of(bed(1).build(), bed(2).build(), bed(3).build()),
                shifts.stream().flatMap(s -> emptySeats(s).stream()).toList(),
                volunteers.stream().map(v -> stay(v, null)).toList());

        Roster started = SolverFactory.<Roster>create(RosterSolverConfig.create().withPhaseList(List.of(
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FairStart.class)))))
                .buildSolver().solve(roster);

        assertThat(started.getScore().hardScore()).isZero();
        assertThat(started.getScore().mediumScore()).isZero();
        assertThat(Stream.of(10L, 11L, 12L).map(id -> volunteersOf(started, id)))
                .containsExactly(List.of("Cai"), List.of("Ana", "-", "-"), List.of("Ben"));
    }

    private static List<String> volunteersOf(Roster roster, long shiftId) {
        return roster.getSeats().stream().filter(s -> s.getShift().getId() == shiftId).map(Seat::getVolunteer)
                .map(v -> v == null ? "-" : v.getNickname()).toList();
    }
}
