package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.SUNDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;
import static org.campfair.roster.solver.HillClimbs.VOLUNTEER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

/** The unequal seat exchanges ({@link SeatExchanges}) {@link FairnessMoves} draws when its {@code exchangeShare} is set. */
class SeatExchangesTest {

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
    private Roster camp(Shift harvest) {
        return HillClimbs.roster(List.of(ana, ben), List.of(seat(harvest, 0, ana), seat(cooking, 0, ana),
                seat(morning, 0, ben), seat(afternoon, 0, ben)));
    }

    @Test
    void withoutExchangesAHillClimbCannotTradeOneSeatForTwo() {
        Roster climbed = HillClimbs.climb(camp(longHarvest));

        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Ana", 10L, "Ben", 6L));
    }

    @Test
    void withExchangesBenTakesTheHarvestForBothHisWeedingSeats() {
        Roster climbed = HillClimbs.climb(camp(longHarvest), Map.of("exchangeShare", "0.5"));

        assertThat(climbed.getScore().hardScore()).isZero();
        assertThat(HillClimbs.hours(climbed)).isEqualTo(Map.of("Ana", 9L, "Ben", 7L));
        assertThat(climbed.getSeats()).filteredOn(seat -> seat.getShift() == longHarvest)
                .extracting(Seat::getVolunteer).containsExactly(ben);
    }

    @Test
    void theExchangeOfferedEvensTheTwoLoadsOutMost() {
        // Ben also weeds two hours on Wednesday (8 hours in all). The harvest for his two Monday
        // seats leaves both at 9 hours; for one of them and Wednesday, or for all three, it leaves
        // 8 and 10 or 11 and 7, which the rules allow too.
        Shift wednesday = shift(14, "Weeding", WEDNESDAY, 8, 10).build();
        Roster roster = HillClimbs.roster(List.of(ana, ben), List.of(seat(longHarvest, 0, ana), seat(cooking, 0, ana),
                seat(morning, 0, ben), seat(afternoon, 0, ben), seat(wednesday, 0, ben)));

        List<Reassign> made = exchanges(roster);

        assertThat(made).isNotEmpty().allSatisfy(reassign -> {
            assertThat(reassign.seats()).extracting(Seat::getShift)
                    .containsExactlyInAnyOrder(longHarvest, morning, afternoon);
            assertThat(reassign.to()).containsExactlyInAnyOrder(ben, ana, ana);
        });
    }

    @Test
    void noExchangeGivesSomeoneAShiftTheyHaveNoSkillFor() {
        // Monday morning's weeding now needs a weeder, which Ben is and Ana is not: the harvest
        // for Ben's two Monday seats would hand her that seat.
        Volunteer weeder = volunteer(2, "Ben").skills("weeding").returning().build();
        Shift weedersMorning = shift(11, "Weeding", MONDAY, 8, 11).requires("weeding").build();
        Roster roster = HillClimbs.roster(List.of(ana, weeder), List.of(seat(longHarvest, 0, ana),
                seat(cooking, 0, ana), seat(weedersMorning, 0, weeder), seat(afternoon, 0, weeder)));

        assertThat(exchanges(roster)).isEmpty();
    }

    @Test
    void noExchangeGivesSomeoneASixthWorkingDayInARow() {
        // Ana (13 hours) holds Sunday's 7-hour harvest and two cooking seats. Ben holds both
        // weeding seats on Monday and an hour's watering, which only he can do, on each day from
        // Tuesday to Friday, and in the second camp on Saturday too. Ben's Monday for Ana's
        // Sunday evens them out, but with Saturday it would have him work Tuesday to Sunday.
        Volunteer ben = volunteer(2, "Ben").skills("watering").returning().build();
        Shift sunday = shift(20, "Harvest", SUNDAY, 8, 15).build();
        List<Seat> seats = new ArrayList<>(List.of(seat(sunday, 0, ana), seat(cooking, 0, ana),
                seat(shift(21, "Cooking", WEDNESDAY, 8, 11).requires("cooking").build(), 0, ana),
                seat(morning, 0, ben), seat(afternoon, 0, ben)));
        for (int day = 1; day <= 4; day++) {
            seats.add(seat(shift(30 + day, "Watering", MONDAY.plusDays(day), 17, 18).requires("watering").build(), 0, ben));
        }

        assertThat(exchanges(HillClimbs.roster(List.of(ana, ben), seats))).isNotEmpty()
                .allSatisfy(reassign -> assertThat(reassign.seats()).extracting(Seat::getShift)
                        .containsExactlyInAnyOrder(sunday, morning, afternoon));

        seats.add(seat(shift(35, "Watering", MONDAY.plusDays(5), 17, 18).requires("watering").build(), 0, ben));
        assertThat(exchanges(HillClimbs.roster(List.of(ana, ben), seats))).isEmpty();
    }

    /** The exchanges among 200 fairness moves drawn with every move an exchange. */
    private static List<Reassign> exchanges(Roster roster) {
        FairnessMoves moves = new FairnessMoves();
        moves.setExchangeShare(1);
        moves.start(roster, VOLUNTEER);
        moves.count(roster);
        Random random = new Random(9);
        List<Reassign> made = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (moves.nextMove(random) instanceof Reassign reassign) {
                made.add(reassign);
            }
        }
        return made;
    }
}
