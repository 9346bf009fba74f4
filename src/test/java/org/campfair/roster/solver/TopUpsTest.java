package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MoveTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class TopUpsTest {

    private static final PlanningSolutionMetaModel<Roster> MODEL =
            PlanningSolutionMetaModel.of(Roster.class, Seat.class, Stay.class);
    private static final PlanningVariableMetaModel<Roster, Seat, Volunteer> VOLUNTEER =
            MODEL.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class);

    private final Volunteer dan = volunteer(1, "Dan").returning().build();
    private final Volunteer ana = volunteer(2, "Ana").returning().build();
    private final Volunteer ben = volunteer(3, "Ben").returning().build();
    private final Volunteer cai = volunteer(4, "Cai").returning().build();

    /**
     * Dan's 4 hours are fixed; Ana, Ben and Cai have none, and three optional 3-hour seats are
     * empty. One top-up (4, 3, 0, 0 hours) spreads the work wider than none (4, 0, 0, 0), so no
     * single change is taken; all three together (4, 3, 3, 3) are the fairest roster.
     */
    private Roster camp() {
        Seat fixed = seat(shift(10, "Kitchen", MONDAY, 8, 12).build(), 0, dan);
        fixed.setPinned(true);
        List<Seat> seats = new ArrayList<>(List.of(fixed));
        seats.add(seat(shift(11, "Weeding", MONDAY, 13, 16).headcount(0, 1).build(), 0, null));
        seats.add(seat(shift(12, "Weeding", TUESDAY, 13, 16).headcount(0, 1).build(), 0, null));
        seats.add(seat(shift(13, "Weeding", WEDNESDAY, 13, 16).headcount(0, 1).build(), 0, null));
        return HillClimbs.roster(List.of(dan, ana, ben, cai), seats);
    }

    @Test
    void theSearchsOwnMovesLeaveTheOptionalSeatsEmpty() {
        Roster climbed = HillClimbs.climb(camp());

        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Dan", 4L));
    }

    @Test
    void withTopUpsTheSeatsGoToAllThreeAtOnce() {
        Roster climbed = HillClimbs.climb(camp(), TopUps.class);

        assertThat(climbed.getScore().hardScore()).isZero();
        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Dan", 4L, "Ana", 3L, "Ben", 3L, "Cai", 3L));
    }

    @Test
    void aTopUpFillsSeveralSeatsOnlyForPeopleWhoFitThemAndLowersTheSpread() {
        // Cai, below the mean, works 13:00-14:00 on the days of the empty seats: each would
        // overlap, so only Ana and Ben are topped up.
        Volunteer busyCai = volunteer(4, "Cai").returning().build();
        Roster base = camp();
        List<Seat> seats = new ArrayList<>(base.getSeats());
        Seat more = seat(shift(14, "Kitchen", TUESDAY, 6, 12).build(), 0, dan);
        more.setPinned(true);
        seats.add(more);
        for (int day = 0; day < 3; day++) {
            seats.add(seat(shift(20 + day, "Harvest", MONDAY.plusDays(day), 13, 14).build(), 0, busyCai));
        }
        Roster roster = HillClimbs.roster(List.of(dan, ana, ben, busyCai), seats);
        TopUps topUps = new TopUps();
        topUps.start(roster, VOLUNTEER);

        Random random = new Random(3);
        List<Reassign> made = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (topUps.nextMove(topUps.books(), random) instanceof Reassign reassign) {
                made.add(reassign);
            }
        }
        assertThat(made).isNotEmpty().allSatisfy(reassign -> {
            assertThat(reassign.to()).containsExactlyInAnyOrder(ana, ben);
            assertThat(reassign.seats()).allMatch(seat -> seat.getVolunteer() == null).doesNotHaveDuplicates();
        });
    }

    @Test
    void aReassignmentChangesEverySeatOnTimefoldsMoveApi() {
        Roster roster = camp();
        Seat monday = roster.getSeats().get(1);
        Seat tuesday = roster.getSeats().get(2);
        var context = MoveTester.build(MODEL).using(roster);

        Move<Roster> move = new Reassign(VOLUNTEER, List.of(monday, tuesday), List.of(ana, ben));
        context.executeTemporarily(move, view -> {
            assertThat(view.getValue(VOLUNTEER, monday)).isEqualTo(ana);
            assertThat(view.getValue(VOLUNTEER, tuesday)).isEqualTo(ben);
        });
        assertThat(monday.getVolunteer()).as("undone after the evaluation").isNull();

        context.execute(move);
        assertThat(List.of(monday.getVolunteer(), tuesday.getVolunteer())).containsExactly(ana, ben);
    }
}
