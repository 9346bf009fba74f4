package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.THURSDAY;
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
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

class TopUpsTest {

    private static final PlanningSolutionMetaModel<Roster> MODEL =
            PlanningSolutionMetaModel.of(Roster.class, Seat.class, Stay.class);
    private static final PlanningVariableMetaModel<Roster, Seat, Volunteer> VOLUNTEER =
            MODEL.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class);

    private final Volunteer dan = volunteer(1, "Dan").returning().build();
    private final Volunteer eve = volunteer(2, "Eve").returning().build();
    private final Volunteer ana = volunteer(3, "Ana").returning().build();
    private final Volunteer ben = volunteer(4, "Ben").returning().build();
    private final Volunteer cai = volunteer(5, "Cai").returning().build();

    /**
     * Dan and Eve have 14 hours fixed, Ana, Ben and Cai 11; three optional 4-hour seats are
     * empty. One top-up (15 hours for Ana) spreads the work wider than none, so no single change
     * is taken; two leave it as it is, and all three (14, 14, 15, 15, 15) are the fairest roster.
     */
    private Roster camp(Volunteer... fourthAndFifth) {
        List<Volunteer> people = new ArrayList<>(List.of(dan, eve, ana));
        people.addAll(List.of(fourthAndFifth.length == 0 ? new Volunteer[] {ben, cai} : fourthAndFifth));
        List<Seat> seats = new ArrayList<>();
        long id = 10;
        for (Volunteer person : people) {
            int hours = person == dan || person == eve ? 7 : 4;
            seats.add(pinned(seat(shift(id++, "Kitchen", MONDAY, 8, 15).build(), 0, person)));
            seats.add(pinned(seat(shift(id++, "Kitchen", TUESDAY, 8, 8 + hours).build(), 0, person)));
        }
        seats.add(seat(shift(20, "Weeding", WEDNESDAY, 8, 12).headcount(0, 1).build(), 0, null));
        seats.add(seat(shift(21, "Weeding", THURSDAY, 8, 12).headcount(0, 1).build(), 0, null));
        seats.add(seat(shift(22, "Weeding", MONDAY.plusDays(4), 8, 12).headcount(0, 1).build(), 0, null));
        return HillClimbs.roster(people, seats);
    }

    private static Seat pinned(Seat seat) {
        seat.setPinned(true);
        return seat;
    }

    @Test
    void theSearchsOwnMovesLeaveTheOptionalSeatsEmpty() {
        Roster climbed = HillClimbs.climb(camp());

        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Dan", 14L, "Eve", 14L, "Ana", 11L, "Ben", 11L, "Cai", 11L));
    }

    @Test
    void withTopUpsTheSeatsGoToAllThreeAtOnce() {
        Roster climbed = HillClimbs.climb(camp(), TopUps.class);

        assertThat(climbed.getScore().hardScore()).isZero();
        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Dan", 14L, "Eve", 14L, "Ana", 15L, "Ben", 15L, "Cai", 15L));
    }

    @Test
    void aTopUpFillsSeatsOnlyForPeopleWhoFitThemAndLowersTheSpread() {
        // Cai (12 hours, below the mean) works an hour on Wednesday to Friday mornings, at the
        // times of the empty seats, so only Ana and Ben are topped up, which lowers the spread.
        Volunteer busyCai = volunteer(5, "Cai").returning().build();
        Roster base = camp(ben, busyCai);
        List<Seat> seats = new ArrayList<>(base.getSeats());
        seats.removeIf(seat -> seat.getVolunteer() == busyCai && seat.getShift().getDay().equals(TUESDAY));
        seats.add(seat(shift(30, "Harvest", TUESDAY, 8, 10).build(), 0, busyCai));
        for (int day = 2; day < 5; day++) {
            seats.add(seat(shift(30 + day, "Harvest", MONDAY.plusDays(day), 9, 10).build(), 0, busyCai));
        }
        Roster roster = HillClimbs.roster(List.of(dan, eve, ana, ben, busyCai), seats);
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
        Seat wednesday = roster.getSeats().get(10);
        Seat thursday = roster.getSeats().get(11);
        var context = MoveTester.build(MODEL).using(roster);

        Move<Roster> move = new Reassign(VOLUNTEER, List.of(wednesday, thursday), List.of(ana, ben));
        context.executeTemporarily(move, view -> {
            assertThat(view.getValue(VOLUNTEER, wednesday)).isEqualTo(ana);
            assertThat(view.getValue(VOLUNTEER, thursday)).isEqualTo(ben);
        });
        assertThat(wednesday.getVolunteer()).as("undone after the evaluation").isNull();

        context.execute(move);
        assertThat(List.of(wednesday.getVolunteer(), thursday.getVolunteer())).containsExactly(ana, ben);

        Seat anasTuesday = roster.getSeats().get(5);
        anasTuesday.setPinned(false);
        context.execute(new Reassign(VOLUNTEER, List.of(anasTuesday), java.util.Arrays.asList((Volunteer) null)));
        assertThat(anasTuesday.getVolunteer()).as("a seat left empty").isNull();
    }
}
