package org.campfair.camp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class CampListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("organizer")
    void listsTheSampleCampAndOpensItsRoster() {
        var view = navigate(CampListView.class);
        var grid = test(view.camps);

        int sample = -1;
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).startsWith("Yuzuhara")) {
                sample = row;
            }
        }
        assertThat(sample).as("row of the sample camp").isNotNegative();
        assertThat(grid.getCellText(sample, 3)).isEqualTo("Asia/Tokyo");

        grid.clickRow(sample);
        // By route: camp does not know the roster's view class.
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RosterView");
    }

    @Test
    @WithUserDetails("organizer")
    void newCampOpensTheCampForm() {
        var view = navigate(CampListView.class);

        test(view.newCamp).click();

        assertThat(getCurrentView()).isInstanceOf(NewCampView.class);
    }
}
