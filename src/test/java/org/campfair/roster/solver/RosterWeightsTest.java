package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.Test;

/** A camp's own weights replace the defaults, and only for the rules it names. */
class RosterWeightsTest {

    private final SolutionManager<Roster, HardMediumSoftLongScore> solutions =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.create()));

    @Test
    void withoutOverridesEveryRuleWeighsItsDefault() {
        // One house opened (5,000) and one liked shift (-300); everything else is zero.
        assertThat(solutions.update(oneLikedShift(ConstraintWeightOverrides.none())))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(-4_700));
    }

    @Test
    void aCampsWeightsReplaceTheDefaultsOfTheRulesItNames() {
        var overrides = RosterWeights.overrides(Map.of(
                RosterWeights.LIKED_TASK, 5L, RosterWeights.FEWER_HOUSES_OPENED, 0L));

        assertThat(solutions.update(oneLikedShift(overrides)))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(5));
    }

    @Test
    void atDefaultWeightsTheSameRosterCountsWhatTheCampWeighsAtZero() {
        var roster = oneLikedShift(RosterWeights.overrides(Map.of(
                RosterWeights.LIKED_TASK, 0L, RosterWeights.FEWER_HOUSES_OPENED, 0L)));

        assertThat(solutions.update(roster)).isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(solutions.update(roster.atDefaultWeights())).isEqualTo(HardMediumSoftLongScore.ofSoft(-4_700));
        assertThat(roster.atDefaultWeights().getSeats()).isSameAs(roster.getSeats());
    }

    /** Timefold refuses overrides for constraints it does not know, so this checks the names. */
    @Test
    void everyWeightNamesAConstraintOfTheProvider() {
        Map<RosterWeights, Long> all = new EnumMap<>(RosterWeights.class);
        Arrays.stream(RosterWeights.values()).forEach(weight -> all.put(weight, 1L));

        assertThat(solutions.update(oneLikedShift(RosterWeights.overrides(all))))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(0));
        assertThat(Arrays.stream(RosterWeights.values())
                .collect(Collectors.toMap(RosterWeights::constraintName, Function.identity())))
                .hasSize(RosterWeights.values().length);
    }

    @Test
    void byKeyFindsStoredKeysOnly() {
        assertThat(RosterWeights.byKey("GENTLE_START")).contains(RosterWeights.GENTLE_START);
        assertThat(RosterWeights.byKey("Newcomer starts gently")).isEmpty();
        assertThat(RosterWeights.byKey("MISSING_SKILL")).isEmpty();
    }

    private static Roster oneLikedShift(
            ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        Volunteer momo = volunteer(1, "Momo").returning().likes(7).build();
        Shift jam = shift(1, "Jam making", MONDAY, 9, 12).task(7).build();
        Bed bed = bed(1).build();
        return new Roster(1, List.of(momo), List.of(jam), List.of(bed),
                List.of(seat(jam, 0, momo)), List.of(stay(momo, bed)), overrides);
    }
}
