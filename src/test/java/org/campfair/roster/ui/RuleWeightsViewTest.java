package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.RuleWeight;
import org.campfair.roster.RuleWeightService;
import org.campfair.roster.SolvedCamps;
import org.campfair.roster.WeighedCamps;
import org.campfair.roster.solver.RosterWeights;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class RuleWeightsViewTest extends SpringBrowserlessTest {

    @Autowired
    RuleWeightService weights;
    @Autowired
    CampService camps;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    private long campId;

    @BeforeEach
    void newCamp() {
        campId = WeighedCamps.newCamp(camps, "Priorities");
    }

    private RuleWeightsView open() {
        return navigate("camps/" + campId + "/roster/priorities", RuleWeightsView.class);
    }

    private long saved(RosterWeights rule) {
        return WeighedCamps.weightOf(weights, campId, rule);
    }

    @Test
    @WithUserDetails("organizer")
    void anOrganizerWeighsDaysOffLessForTheNextSolve() {
        var view = open();
        var daysOff = view.fields.get(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS);
        assertThat(daysOff.getLabel()).isEqualTo("Volunteer works more than five days in a row");
        assertThat(daysOff.getValue()).isEqualTo(15_000);
        assertThat(daysOff.getHelperText()).isEqualTo("Default 15,000, per working day after the fifth in a row");

        test(daysOff).setValue(2_000);
        test(view.save).click();

        assertThat(saved(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS)).isEqualTo(2_000);
        assertThat(saved(RosterWeights.FAIR_WORKLOAD)).isEqualTo(RosterWeights.FAIR_WORKLOAD.defaultWeight());
        assertThat(view.saved.getText()).isEqualTo(view.getTranslation("roster.weights.saved"));
        assertThat(open().fields.get(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS).getValue()).isEqualTo(2_000);
    }

    @Test
    @WithUserDetails("organizer")
    void aNegativeOrMissingWeightIsShownAtItsFieldAndNothingIsSaved() {
        var view = open();
        var fairness = view.fields.get(RosterWeights.FAIR_WORKLOAD);
        var travel = view.fields.get(RosterWeights.SHORT_TRAVEL);

        test(view.fields.get(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS)).setValue(2_000);
        // The tester refuses a value below the field's minimum; a browser lets one type it.
        fairness.setValue(-5);
        travel.clear();
        test(view.save).click();

        assertThat(fairness.isInvalid()).isTrue();
        assertThat(fairness.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 10,000,000.");
        assertThat(travel.isInvalid()).isTrue();
        assertThat(view.saved.getText()).isEmpty();
        assertThat(weights.weights(campId)).allMatch(RuleWeight::isDefault);
    }

    @Test
    @WithUserDetails("organizer")
    void theRosterLeadsToTheCampsPriorities() {
        var roster = navigate("camps/" + campId + "/roster", RosterView.class);

        test(roster.actions.priorities).click();

        assertThat(getCurrentView()).isInstanceOf(RuleWeightsView.class);
        assertThat(((RuleWeightsView) getCurrentView()).title.getText()).endsWith(camps.get(campId).name());
    }

    @Test
    @WithUserDetails("organizer")
    void eachRuleSaysHowMuchOfItTheWorkingRosterHas() {
        long solved = SolvedCamps.sampleCamp(importer, rosters);
        var now = weights.inWorkingRoster(solved);

        var view = navigate("camps/" + solved + "/roster/priorities", RuleWeightsView.class);

        long houses = now.amounts().get(RosterWeights.FEWER_HOUSES_OPENED);
        assertThat(view.fields.get(RosterWeights.FEWER_HOUSES_OPENED).getHelperText())
                .isEqualTo("Default 5,000, per house opened. Now: " + (houses == 1 ? "1 house" : houses + " houses")
                        + " open");
        long walked = now.amounts().get(RosterWeights.SHORT_TRAVEL);
        assertThat(walked).as("the sample camp's houses are away from its sites").isPositive();
        assertThat(view.fields.get(RosterWeights.SHORT_TRAVEL).getHelperText())
                .endsWith(String.format(java.util.Locale.ENGLISH, "Now: %.1f km a day per person from house to site (",
                        walked / 10.0 / now.personDays()) + new java.text.DecimalFormat("#,##0.#",
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH)).format(walked / 10.0)
                        + " km in all, straight line, once per shift)");
        assertThat(view.fields.get(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS).getHelperText())
                .matches(".*Now: (no working day|1 working day|\\d+ working days) past the fifth in a row");
        assertThat(view.fields.get(RosterWeights.FAIR_WORKLOAD).getHelperText())
                .endsWith(String.format(java.util.Locale.ROOT, "Now: %.2f h of work a day at camp on average, give or take %.2f h",
                        now.meanHoursPerDay(), now.spreadHoursPerDay()));
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void participantsCannotOpenThePriorities() {
        navigate("camps/" + campId + "/roster/priorities", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(RuleWeightsView.class);
    }

    @Test
    @WithUserDetails("organizer")
    void backToTheDefaultsUndoesTheCampsOwnWeights() {
        weights.save(campId, Map.of(RosterWeights.GENTLE_START, 90_000L, RosterWeights.LIKED_TASK, 0L));
        var view = open();
        assertThat(view.fields.get(RosterWeights.GENTLE_START).getValue()).isEqualTo(90_000);

        test(view.fields.get(RosterWeights.GENTLE_START)).setValue(60_000);
        test(view.save).click();
        test(view.defaults).click();
        assertThat(view.saved.getText()).as("defaults shown, not yet saved").isEmpty();
        assertThat(saved(RosterWeights.GENTLE_START)).isEqualTo(60_000);
        test(view.save).click();

        assertThat(weights.weights(campId)).allMatch(RuleWeight::isDefault);
        assertThat(view.fields.get(RosterWeights.LIKED_TASK).getValue()).isEqualTo(300);
    }
}
