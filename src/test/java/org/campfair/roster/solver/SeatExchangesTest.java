package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.SUNDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
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

class SeatExchangesTest {

    private static final PlanningSolutionMetaModel<Roster> MODEL =
            PlanningSolutionMetaModel.of(Roster.class, Seat.class, Stay.class);
    private static final PlanningVariableMetaModel<Roster, Seat, Volunteer> VOLUNTEER =
            MODEL.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class);

    private final Volunteer ana = volunteer(1, "Ana").skills("cooking").returning().build();
    private final Volunteer ben = volunteer(2, "Ben").returning().build();

    private final Shift longHarvest = shift(10, "Harvest", MONDAY, 8, 15).build();
    private final Shift morning = shift(11, "Weeding", MONDAY, 8, 11).build();
    private final Shift afternoon = shift(12, "Weeding", MONDAY, 12, 15).build();
    private final Shift cooking = shift(13, "Cooking", TUESDAY, 8, 11).requires("cooking").build();

    /**
     * Ana holds Monday's 7-hour harvest and Tuesday's cooking (10 hours), Ben both 3-hour
     * weeding seats of Monday (6). Ben cannot cook; any one seat changing hands or one-for-one
     * swap gives someone two shifts at once on Monday. Ben taking the harvest for both his
     * weeding seats leaves them at 9 and 7 hours, the fairest they can be.
     */
    private Roster camp() {
        return HillClimbs.roster(List.of(ana, ben), List.of(seat(longHarvest, 0, ana), seat(cooking, 0, ana),
                seat(morning, 0, ben), seat(afternoon, 0, ben)));
    }

    @Test
    void theSearchsOwnMovesCannotTradeOneSeatForTwo() {
        Roster climbed = HillClimbs.climb(camp());

        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Ana", 10L, "Ben", 6L));
    }

    @Test
    void withSeatExchangesBenTakesTheHarvestForBothHisWeedingSeats() {
        Roster climbed = HillClimbs.climb(camp(), SeatExchanges.class);

        assertThat(climbed.getScore().hardScore()).isZero();
        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Ana", 9L, "Ben", 7L));
        assertThat(climbed.getSeats()).filteredOn(seat -> seat.getShift() == longHarvest)
                .extracting(Seat::getVolunteer).containsExactly(ben);
    }

    @Test
    void anExchangeKeepsTheLeadAShiftNeeds() {
        // The harvest now needs a lead, and only Ana can lead it (Ben is new, here since
        // Saturday): the exchange is not offered.
        Volunteer lead = volunteer(1, "Ana").skills("cooking").returning().build();
        Volunteer ben = volunteer(2, "Ben").staying(MONDAY.minusDays(2), SUNDAY).build();
        Shift ledHarvest = shift(10, "Harvest", MONDAY, 8, 15).needsLead().build();
        List<Seat> seats = new ArrayList<>(List.of(seat(ledHarvest, 0, lead), seat(cooking, 0, lead),
                seat(morning, 0, ben), seat(afternoon, 0, ben)));
        Roster roster = HillClimbs.roster(List.of(lead, ben), seats);
        assertThat(lead.canLead(ledHarvest)).isTrue();
        assertThat(ben.canLead(ledHarvest)).isFalse();

        SeatExchanges exchanges = new SeatExchanges();
        exchanges.start(roster, VOLUNTEER);
        Random random = new Random(5);
        for (int i = 0; i < 100; i++) {
            assertThat(exchanges.nextMove(exchanges.books(), random)).isNull();
        }
    }

    @Test
    void theExchangeOfferedEvensTheTwoLoadsOutMost() {
        Roster roster = camp();
        SeatExchanges exchanges = new SeatExchanges();
        exchanges.start(roster, VOLUNTEER);

        Random random = new Random(9);
        List<Reassign> made = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (exchanges.nextMove(exchanges.books(), random) instanceof Reassign reassign) {
                made.add(reassign);
            }
        }
        assertThat(made).isNotEmpty().allSatisfy(reassign -> {
            assertThat(reassign.seats()).extracting(Seat::getShift)
                    .containsExactlyInAnyOrder(longHarvest, morning, afternoon);
            assertThat(reassign.to()).containsExactlyInAnyOrder(ben, ana, ana);
        });
    }
}
