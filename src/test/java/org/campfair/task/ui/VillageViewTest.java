package org.campfair.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class VillageViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    ParticipantService participants;

    @Test
    @WithUserDetails("host")
    void theHostSeesTheVillagesShiftsWithNicknamesOnly() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(campId);

        var view = navigate(VillageView.class);
        var grid = test(view.shifts);

        assertThat(view.title.getText()).isEqualTo("Yuzuhara");
        assertThat(grid.size()).isGreaterThanOrEqualTo(2 * 171);
        var shown = new StringBuilder();
        for (int row = 0; row < grid.size(); row++) {
            shown.append(grid.getCellText(row, 4)).append('\n');
        }
        var people = participants.listByCamp(campId);
        assertThat(people).anyMatch(p -> shown.toString().contains(p.nickname()));
        assertThat(people).noneMatch(p -> shown.toString().contains(p.legalName())
                || shown.toString().contains(p.email()));
    }
}
