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

        // Other tests import the sample camp again and move their copies to other time zones
        // (a shift running now); the one loaded at start-up keeps Tokyo's.
        int sample = -1;
        for (int row = 0; row < grid.size() && sample < 0; row++) {
            if (grid.getCellText(row, 0).startsWith("Yuzuhara") && grid.getCellText(row, 3).equals("Asia/Tokyo")) {
                sample = row;
            }
        }
        assertThat(sample).as("row of the sample camp, with its time zone").isNotNegative();

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
