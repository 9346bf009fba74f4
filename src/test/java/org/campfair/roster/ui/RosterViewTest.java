package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class RosterViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    @Test
    @WithUserDetails("organizer")
    void showsEachDaysShiftsWithNicknamesAndEveryonesBed() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        var view = navigate("camps/" + campId + "/roster", RosterView.class);

        assertThat(view.title.getText()).startsWith("Yuzuhara");
        assertThat(view.status.getText()).contains("0hard/0medium");
        assertThat(view.publish.isEnabled()).isTrue();

        test(view.day).selectItem(LocalDate.of(2027, 11, 2).format(java.time.format.DateTimeFormatter
                .ofPattern("EEE d MMM", java.util.Locale.ENGLISH)));
        var shifts = test(view.shifts);
        assertThat(shifts.size()).isEqualTo(rosters.roster(campId).shiftsOn(LocalDate.of(2027, 11, 2)).size())
                .isPositive();
        assertThat(shifts.getCellText(0, 0)).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d");

        view.tabs.setSelectedIndex(1);
        var stays = test(view.stays);
        assertThat(stays.size()).isEqualTo(40);
        for (int row = 0; row < stays.size(); row++) {
            assertThat(stays.getCellText(row, 2)).isNotEqualTo("no bed yet");
        }
    }

    @Test
    @WithUserDetails("organizer")
    void explainsTheScoreAndChartsFairnessForEveryone() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        var view = navigate("camps/" + campId + "/roster", RosterView.class);

        view.tabs.setSelectedIndex(2);
        var reasons = test(view.explanation.reasons);
        assertThat(reasons.size()).isPositive();
        test(view.explanation.filter).setValue("Work per day");
        assertThat(reasons.size()).isEqualTo(1);
        assertThat(reasons.getCellText(0, 1)).startsWith("Work per day at camp ranges from");

        view.tabs.setSelectedIndex(3);
        var chart = FairnessChart.draw(rosters.workShares(campId));
        assertThat(chart).contains("fair share");
        assertThat(chart.split("<rect ", -1)).hasSize(40 + 1);
        assertThat(view.fairness.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void participantsCannotOpenTheOrganizersRoster() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        navigate("camps/" + campId + "/roster", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(RosterView.class);
    }
}
