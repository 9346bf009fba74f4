package org.campfair.roster.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterSolverConfig;
import org.campfair.roster.solver.Rule;
import org.campfair.roster.solver.RulesKept;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/**
 * The exact reference against every roster of a camp small enough to list: the fairest sd it
 * proves must be the least sd among the rosters that Timefold's own score finds breaking no hard
 * rule and leaving no required seat empty (and, with the gentle start kept, that {@link RulesKept}
 * counts no breach in). Runs in the bench profile, where OR-Tools is.
 */
class ExactFairnessTest {

    private static final Volunteer ANA = volunteer(1, "Ana").returning().skills("cook").staying(MONDAY, TUESDAY).build();
    private static final Volunteer BEN = volunteer(2, "Ben").comfortableWith(Intensity.LIGHT).maxHoursPerDay(4)
            .staying(MONDAY, TUESDAY).build();
    private static final Volunteer CAI = volunteer(3, "Cai").comfortableWith(Intensity.HEAVY).maxHoursPerDay(6)
            .staying(TUESDAY, WEDNESDAY).build();
    static final List<Shift> SHIFTS = List.of(
            shift(10, "Breakfast", MONDAY, 7, 9).requires("cook").intensity(Intensity.LIGHT).build(),
            shift(11, "Weeding", MONDAY, 9, 12).headcount(1, 2).build(),
            // Ana's alone, nine hours before Tuesday's harvest: she may not work both.
            shift(12, "Evening kitchen", MONDAY, 20, 22).requires("cook").intensity(Intensity.LIGHT).build(),
            shift(13, "Harvest", TUESDAY, 7, 10).headcount(1, 2).intensity(Intensity.HEAVY).build(),
            shift(16, "Repairs", TUESDAY, 10, 12).headcount(0, 1).needsLead().build(),
            shift(14, "Cleaning", TUESDAY, 13, 15).headcount(1, 2).intensity(Intensity.LIGHT).build(),
            shift(15, "Weeding", WEDNESDAY, 8, 10).headcount(0, 1).intensity(Intensity.LIGHT).build());
    static final List<Volunteer> VOLUNTEERS = List.of(ANA, BEN, CAI);
    private static @Nullable List<Roster> listed;

    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    @Test
    void provesTheFairestRosterTheHardRulesAllow() {
        var outcome = FairestRoster.search(emptyRoster(), ExactFairness.Kept.NOTHING, Map.of(), Duration.ofSeconds(30), 2);

        assertThat(outcome.proven()).isTrue();
        double fairest = fairestListed(roster -> true);
        assertThat(ExactFairness.sd(emptyRoster(), outcome.objective())).isCloseTo(fairest, within(1e-9));
        assertThat(ExactFairness.sd(emptyRoster(), outcome.bound())).isCloseTo(fairest, within(1e-9));
        assertThat(Fairness.of(CpSatReference.seated(emptyRoster(), outcome.staff())).sd()).isCloseTo(fairest,
                within(1e-9));
    }

    @Test
    void keepsTheGentleStartWhenAskedAndPaysForItInFairness() {
        // The harvest is heavy, and only newcomers can take it: one breach is the least there is.
        var kept = new ExactFairness.Kept(1, null, 0);
        var outcome = FairestRoster.search(emptyRoster(), kept, Map.of(), Duration.ofSeconds(30), 2);

        assertThat(outcome.proven()).isTrue();
        double fairestGentle = fairestListed(roster -> RulesKept.gentleStartMatches(roster) <= 1);
        assertThat(ExactFairness.sd(emptyRoster(), outcome.objective())).isCloseTo(fairestGentle, within(1e-9));
        assertThat(RulesKept.gentleStartMatches(CpSatReference.seated(emptyRoster(), outcome.staff()))).isLessThanOrEqualTo(1);
        assertThat(fairestGentle).isGreaterThan(fairestListed(roster -> true) + 1e-6);
    }

    @Test
    void capsTheGentleStartInTheStepsTheScoreWeighs() {
        // Steps, not newcomer-days: a heavy harvest for a light-comfort newcomer is two steps in one day.
        int leastSteps = listedRosters().stream().mapToInt(ExactFairness::gentleSteps).min().orElseThrow();
        var kept = new ExactFairness.Kept(null, leastSteps, null);
        var outcome = FairestRoster.search(emptyRoster(), kept, Map.of(), Duration.ofSeconds(30), 2);

        assertThat(outcome.proven()).isTrue();
        double fairestInSteps = fairestListed(roster -> ExactFairness.gentleSteps(roster) <= leastSteps);
        assertThat(ExactFairness.sd(emptyRoster(), outcome.objective())).isCloseTo(fairestInSteps, within(1e-9));
        assertThat(ExactFairness.gentleSteps(CpSatReference.seated(emptyRoster(), outcome.staff())))
                .isLessThanOrEqualTo(leastSteps);
    }

    @Test
    void countsGentleStepsAsTheScoreDoes() {
        SolutionManager<Roster, HardMediumSoftLongScore> scores =
                SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
        long weight = Rule.GENTLE_START.defaultScore().softScore();
        // Every 25th roster: an analysis per roster is slow, and the listing mixes every kind of breach.
        List<Roster> rosters = listedRosters();
        for (int i = 0; i < rosters.size(); i += 25) {
            Roster roster = rosters.get(i);
            long penalty = scores.analyze(roster).constraintMap().values().stream()
                    .filter(c -> c.constraintRef().constraintName().equals(Rule.GENTLE_START.constraintName()))
                    .mapToLong(c -> c.score().softScore()).sum();
            assertThat(penalty).isEqualTo(-weight * ExactFairness.gentleSteps(roster));
        }
    }

    private List<Roster> listedRosters() {
        if (listed == null) {
            listed = scoredRosters();
        }
        return listed;
    }

    /**
     * The least sd among all rosters of the camp that keep the hard rules, fill the required seats
     * and pass {@code kept}. Scoring every roster takes Timefold most of a minute, so the rosters
     * that pass the score are listed once.
     */
    private double fairestListed(Predicate<Roster> kept) {
        if (listed == null) {
            listed = scoredRosters();
        }
        return listed.stream().filter(kept).mapToDouble(roster -> Fairness.of(roster).sd()).min()
                .orElse(Double.POSITIVE_INFINITY);
    }

    private List<Roster> scoredRosters() {
        SolutionManager<Roster, HardMediumSoftLongScore> scores =
                SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
        List<Roster> passed = new ArrayList<>();
        for (List<List<Volunteer>> staffing : staffings(0)) {
            List<Seat> seats = new ArrayList<>();
            for (int i = 0; i < SHIFTS.size(); i++) {
                Shift shift = SHIFTS.get(i);
                for (int index = 0; index < shift.getMaxHeadcount(); index++) {
                    seats.add(seat(shift, index, index < staffing.get(i).size() ? staffing.get(i).get(index) : null));
                }
            }
            var roster = new Roster(1, VOLUNTEERS, SHIFTS, List.of(), seats, List.of());
            var score = scores.update(roster);
            if (score.hardScore() == 0 && score.mediumScore() == 0) {
                passed.add(roster);
            }
        }
        return passed;
    }

    /** Every way to staff the shifts from {@code from} on with between their minimum and maximum headcount. */
    private List<List<List<Volunteer>>> staffings(int from) {
        if (from == SHIFTS.size()) {
            return List.of(List.of());
        }
        List<List<List<Volunteer>>> all = new ArrayList<>();
        Shift shift = SHIFTS.get(from);
        for (List<Volunteer> staff : subsets(shift)) {
            for (List<List<Volunteer>> rest : staffings(from + 1)) {
                List<List<Volunteer>> staffing = new ArrayList<>();
                staffing.add(staff);
                staffing.addAll(rest);
                all.add(staffing);
            }
        }
        return all;
    }

    /** Groups of people there at the time and with the skills; the score checks every other rule. */
    private List<List<Volunteer>> subsets(Shift shift) {
        List<Volunteer> there = VOLUNTEERS.stream().filter(v -> v.hasSkills(shift.getRequiredSkills())
                && v.isAvailable(shift.getStart(), shift.getEnd())).toList();
        List<List<Volunteer>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << there.size(); mask++) {
            List<Volunteer> subset = new ArrayList<>();
            for (int i = 0; i < there.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(there.get(i));
                }
            }
            if (subset.size() >= shift.getMinHeadcount() && subset.size() <= shift.getMaxHeadcount()) {
                subsets.add(subset);
            }
        }
        return subsets;
    }

    static Roster emptyRoster() {
        List<Seat> seats = new ArrayList<>();
        SHIFTS.forEach(shift -> {
            for (int index = 0; index < shift.getMaxHeadcount(); index++) {
                seats.add(seat(shift, index, null));
            }
        });
        return new Roster(1, VOLUNTEERS, SHIFTS, List.of(), seats, List.of());
    }
}
