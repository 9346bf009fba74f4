package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.shared.RefusedChangeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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

    private long campId;

    @BeforeEach
    void newCamp() {
        campId = camps.create(new CampDraft("Weights " + System.nanoTime(), LocalDate.of(2028, 8, 2),
                LocalDate.of(2028, 8, 15), ZoneId.of("Asia/Tokyo"), "en")).id();
    }

    private long weightOf(RosterWeights rule) {
        return weights.weights(campId).stream().filter(weight -> weight.rule() == rule).findFirst().orElseThrow()
                .weight();
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

        weights.save(campId, Map.of(RosterWeights.LIKED_TASK, RosterWeights.LIKED_TASK.defaultWeight()));

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
    @WithMockUser(username = "not-an-organizer-of-this-camp", roles = "ORGANIZER")
    void organizersOfOtherCampsCannotSeeOrChangeTheWeights() {
        assertThatThrownBy(() -> weights.weights(campId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> weights.save(campId, Map.of(RosterWeights.FAIR_WORKLOAD, 1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedRows()).isZero();
    }
}
