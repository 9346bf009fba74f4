package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.SUNDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.at;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.emptySeats;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Solves a camp small enough to check by hand: 6 volunteers, 2 days, 2 houses, with a lead
 * shift, buddies, a keep-apart request, task wishes and a published roster to stay close to,
 * so that every rule takes part in the solve.
 */
class RosterSolverConfigTest {

    @Test
    void bothSearchPhasesDrawSeatExchangesAndTheGiveUpCandidateKeepsThem() {
        assertThat(fairnessMoveProperties(RosterSolverConfig.create()))
                .containsExactly(Map.of("exchangeShare", "0.15"), Map.of("exchangeShare", "0.15"));
        assertThat(fairnessMoveProperties(RosterSolverConfig.createWithGiveUps(0.25))).hasSize(2)
                .allSatisfy(properties -> assertThat(properties)
                        .isEqualTo(Map.of("exchangeShare", "0.15", "giveUpShare", "0.25")));
        assertThat(fairnessMoveProperties(RosterSolverConfig.createWithExchanges(0))).hasSize(2)
                .allSatisfy(properties -> assertThat(properties).isEqualTo(Map.of("exchangeShare", "0.0")));
    }

    /** The custom properties of each local search phase's {@link FairnessMoves}, in phase order. */
    private static List<Map<String, String>> fairnessMoveProperties(SolverConfig config) {
        return config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> (UnionMoveSelectorConfig) ((LocalSearchPhaseConfig) phase).getMoveSelectorConfig())
                .flatMap(union -> union.getMoveSelectorList().stream())
                .filter(MoveIteratorFactoryConfig.class::isInstance)
                .map(MoveIteratorFactoryConfig.class::cast)
                .filter(factory -> factory.getMoveIteratorFactoryClass() == FairnessMoves.class)
                .map(MoveIteratorFactoryConfig::getMoveIteratorFactoryCustomProperties)
                .toList();
    }

    @Test
    void solvesTinyCampWithoutBreakingRulesOrLeavingRequiredSeatsEmpty() {
        // The solve stops as soon as it is feasible, which takes about a second warm. The cap
        // is generous because this is often the first solve in a cold JVM on a busy 2-core
        // CI machine, where it has been seen to evaluate only 800 moves a second.
        SolverConfig config = RosterSolverConfig.create()
                .withTerminationConfig(new TerminationConfig()
                        .withBestScoreLimit("0hard/0medium/*soft")
                        .withSpentLimit(Duration.ofSeconds(10)));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(tinyCamp());

        HardMediumSoftLongScore score = solved.getScore();
        assertThat(score).isNotNull();
        assertThat(score.hardScore()).as("hard score of %s", score).isZero();
        assertThat(score.mediumScore()).as("medium score of %s", score).isZero();
    }

    /** Catches score corruption in the constraint streams; slow, so only on request. */
    @Test
    @EnabledIfSystemProperty(named = "campfair.fullAssert", matches = "true")
    void solvesTinyCampInFullAssertMode() {
        SolverConfig config = RosterSolverConfig.create()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(500));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(tinyCamp());

        assertThat(solved.getScore()).isNotNull();
    }

    private static Roster tinyCamp() {
        Volunteer ana = volunteer(1, "Ana").gender(Gender.FEMALE).needsStepFree().returning()
                .skills("first aid").likes(TRAIL).buddyOf(3).build();
        List<Volunteer> volunteers = List.of(ana,
                volunteer(2, "Ben").gender(Gender.MALE).skills("kitchen").keepApartFrom(5)
                        .dislikes(KITCHEN).build(),
                volunteer(3, "Chloé").gender(Gender.FEMALE).returning().skills("first aid")
                        .build(),
                volunteer(4, "Dev").gender(Gender.MALE).needsPrivateRoom().buddyOf(2).build(),
                volunteer(5, "Eli").gender(Gender.OTHER).skills("kitchen")
                        .unavailable(at(MONDAY, 8), at(MONDAY, 12)).build(),
                volunteer(6, "Femi").gender(null).staying(TUESDAY, SUNDAY)
                        .maxHoursPerDay(4).build());
        List<Shift> shifts = new ArrayList<>();
        shifts.addAll(dayOfShifts(MONDAY, 10));
        shifts.addAll(dayOfShifts(TUESDAY, 20));
        List<Seat> seats = new ArrayList<>(
                shifts.stream().flatMap(shift -> emptySeats(shift).stream()).toList());
        // The published roster had Ana on Monday's first aid watch.
        seats.set(0, seat(shifts.getFirst(), 0, null, ana));
        List<Bed> beds = List.of(
                bed(1).in(1, "Linden", 11, "Lower dorm").rule(RoomRule.WOMEN_ONLY).stepFree()
                        .at(33.620, 134.048).build(),
                bed(2).in(1, "Linden", 11, "Lower dorm").rule(RoomRule.WOMEN_ONLY).stepFree()
                        .at(33.620, 134.048).build(),
                bed(3).in(1, "Linden", 12, "Garden room").privateRoom().stepFree()
                        .at(33.620, 134.048).build(),
                bed(4).in(2, "Mill", 21, "Attic").rule(RoomRule.MEN_ONLY)
                        .at(33.627, 134.056).build(),
                bed(5).in(2, "Mill", 21, "Attic").rule(RoomRule.MEN_ONLY)
                        .at(33.627, 134.056).build(),
                bed(6).in(2, "Mill", 22, "Loft").at(33.627, 134.056).build(),
                bed(7).in(2, "Mill", 22, "Loft").at(33.627, 134.056).build());
        List<Stay> stays = volunteers.stream().map(volunteer -> stay(volunteer, null)).toList();
        return new Roster(1, volunteers, shifts, beds, seats, stays);
    }

    private static final long FIRST_AID = 1;
    private static final long TRAIL = 2;
    private static final long KITCHEN = 3;

    /** Four shifts a day that need five different people around midday. */
    private static List<Shift> dayOfShifts(LocalDate day, long firstId) {
        return List.of(
                shift(firstId, "First aid watch", day, 9, 17).task(FIRST_AID)
                        .requires("first aid").needsLead().at("Village hall", 33.620, 134.048).build(),
                shift(firstId + 1, "Trail repair", day, 9, 13).task(TRAIL).headcount(2, 3)
                        .intensity(Intensity.HEAVY).at("Trail", 33.627, 134.056).build(),
                shift(firstId + 2, "Kitchen", day, 11, 14).task(KITCHEN).requires("kitchen")
                        .at("Kitchen", 33.620, 134.048).build(),
                shift(firstId + 3, "Trail repair", day, 14, 18).task(TRAIL).headcount(2, 2)
                        .intensity(Intensity.HEAVY).at("Trail", 33.627, 134.056).build());
    }
}
