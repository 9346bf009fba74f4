package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.model.Roster;
import org.campfair.roster.solver.RosterSolverConfig;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.shared.RefusedChangeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;

@CampfairIntegrationTest
class RuleWeightServiceTest {

    private static final String DAYS_OFF = RosterWeights.DAY_OFF_AFTER_FIVE_DAYS.constraintName();

    @Autowired
    RuleWeightService weights;
    @Autowired
    CampService camps;
    @Autowired
    RosterProblemLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    private long campId;

    @BeforeEach
    void newCamp() {
        campId = WeighedCamps.newCamp(camps, "Weights");
    }

    private long weightOf(RosterWeights rule) {
        return WeighedCamps.weightOf(weights, campId, rule);
    }

    private long storedRows() {
        return jdbc.sql("select count(*) from camp_constraint_weight where camp_id = ?").param(campId)
                .query(Long.class).single();
    }

    @Test
    void aCampThatChoseNothingShowsEveryRuleAtItsDefault() {
        var shown = weights.weights(campId);

        assertThat(shown).extracting(RuleWeight::rule).containsExactly(RosterWeights.values());
        assertThat(shown).allMatch(RuleWeight::isDefault);
    }

    @Test
    void theNextSolveWeighsTheRulesAsTheCampChose() {
        weights.save(campId, Map.of(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 2_000L, RosterWeights.FAIR_WORKLOAD, 25L));

        assertThat(weightOf(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS)).isEqualTo(2_000);
        assertThat(weightOf(RosterWeights.FAIR_WORKLOAD)).isEqualTo(25);
        assertThat(weightOf(RosterWeights.GENTLE_START)).isEqualTo(RosterWeights.GENTLE_START.defaultWeight());
        var problem = loader.load(campId);
        assertThat(problem.softWeight(DAYS_OFF, -1)).isEqualTo(2_000);
        assertThat(problem.softWeight(RosterWeights.FAIR_WORKLOAD.constraintName(), -1)).isEqualTo(25);
    }

    @Test
    void aRuleLeftOutOrSetToItsDefaultFollowsTheDefault() {
        weights.save(campId, Map.of(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 2_000L, RosterWeights.LIKED_TASK, 0L));

        Map<RosterWeights, Long> defaultOrNull = new java.util.HashMap<>();
        defaultOrNull.put(RosterWeights.LIKED_TASK, RosterWeights.LIKED_TASK.defaultWeight());
        defaultOrNull.put(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, null);
        weights.save(campId, defaultOrNull);

        assertThat(weights.weights(campId)).allMatch(RuleWeight::isDefault);
        assertThat(storedRows()).isZero();
        assertThat(loader.load(campId).softWeight(DAYS_OFF, -1)).isEqualTo(-1);
    }

    @Test
    void aWeightOutOfRangeRefusesTheWholeChange() {
        weights.save(campId, Map.of(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 2_000L));

        assertThatThrownBy(() -> weights.save(campId, Map.of(RosterWeights.FAIR_WORKLOAD, 50L,
                RosterWeights.GENTLE_START, -1L)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("roster.weights.outOfRange"));
        assertThatThrownBy(() -> weights.save(campId, Map.of(RosterWeights.STABILITY,
                RuleWeightService.MAX_WEIGHT + 1))).isInstanceOf(RefusedChangeException.class);

        assertThat(weightOf(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS)).isEqualTo(2_000);
        assertThat(weightOf(RosterWeights.FAIR_WORKLOAD)).isEqualTo(RosterWeights.FAIR_WORKLOAD.defaultWeight());
        assertThat(storedRows()).isOne();
    }

    @Test
    void nextYearsCampStartedFromThisOneKeepsItsPriorities() {
        weights.save(campId, Map.of(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS, 2_000L, RosterWeights.LIKED_TASK, 0L));

        long nextYear = camps.copy(campId, new CampDraft("Weights next year " + System.nanoTime(),
                LocalDate.of(2029, 8, 1), LocalDate.of(2029, 8, 14), ZoneId.of("Asia/Tokyo"), "en")).id();

        assertThat(weights.weights(nextYear)).isEqualTo(weights.weights(campId));
        assertThat(weights.weights(nextYear)).filteredOn(weight -> !weight.isDefault())
                .extracting(RuleWeight::rule)
                .containsExactly(RosterWeights.LIKED_TASK, RosterWeights.DAY_OFF_AFTER_FIVE_DAYS);
    }

    @Test
    void aCampWithoutARosterHasNothingToShowYet() {
        assertThat(weights.inWorkingRoster(campId).isEmpty()).isTrue();
    }

    @Test
    void theWorkingRosterShowsHowMuchOfEachRuleItHas() {
        long solved = SolvedCamps.sampleCamp(importer, rosters);

        var now = weights.inWorkingRoster(solved);

        long housesOpened = rosters.roster(solved).stays().stream().map(RosterStay::house).filter(Objects::nonNull)
                .distinct().count();
        assertThat(now.amounts()).containsOnlyKeys(RosterWeights.values());
        assertThat(now.amounts().get(RosterWeights.FEWER_HOUSES_OPENED)).isEqualTo(housesOpened).isPositive();
        assertThat(now.amounts().get(RosterWeights.SHORT_TRAVEL)).as("100 m units walked").isPositive();
        assertThat(now.amounts().get(RosterWeights.STABILITY)).as("nothing published yet").isZero();
        double[] shares = rosters.workShares(solved).stream().mapToDouble(WorkShare::hoursPerDay).toArray();
        double mean = Arrays.stream(shares).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(shares).map(h -> (h - mean) * (h - mean)).average().orElseThrow());
        assertThat(now.meanHoursPerDay()).isCloseTo(mean, within(1e-9));
        assertThat(now.spreadHoursPerDay()).isCloseTo(sd, within(1e-9)).isPositive();
    }

    /**
     * The page lets an organizer weigh fairness at 0 and everything else at the maximum; the
     * start's day flows divide by the fairness weight and the scores multiply by the others.
     */
    @Test
    void theExtremesAnOrganizerMayChooseStillGiveAFeasibleRoster() {
        long sampleCamp = importer.importCamp(CampFiles.classpath("sample-data"));
        Map<RosterWeights, Long> extremes = new EnumMap<>(RosterWeights.class);
        for (RosterWeights rule : RosterWeights.values()) {
            extremes.put(rule, rule == RosterWeights.FAIR_WORKLOAD ? 0 : RuleWeightService.MAX_WEIGHT);
        }
        weights.save(sampleCamp, extremes);

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.create()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(3))))
                .buildSolver().solve(loader.load(sampleCamp));

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.getScore().softScore()).isNegative();
    }

    @Test
    @WithMockUser(username = "not-an-organizer-of-this-camp", roles = "ORGANIZER",
            setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void organizersOfOtherCampsCannotSeeOrChangeTheWeights() {
        assertThatThrownBy(() -> weights.weights(campId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> weights.save(campId, Map.of(RosterWeights.FAIR_WORKLOAD, 1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedRows()).isZero();
    }
}
