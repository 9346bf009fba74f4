package org.campfair.camp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every page of one camp finds its camp through CampRoutes, and a camp that is not there is a 404. */
@CampfairIntegrationTest
class CampRoutesTest extends SpringBrowserlessTest {

    static final List<String> PAGES = List.of("settings", "tasks", "houses", "roster", "roster/priorities",
            "calendars");

    @Autowired
    CampService camps;

    @Test
    void fillsTheCampIntoARouteTemplate() {
        assertThat(CampRoutes.settings(7)).isEqualTo("camps/7/settings");
        assertThat(CampRoutes.of("camps/:campId/roster/priorities", 7)).isEqualTo("camps/7/roster/priorities");
    }

    @Test
    @WithUserDetails("organizer")
    void aCampThatIsNotThereIsNotFoundOnEveryPageOfACamp() {
        for (String page : PAGES) {
            for (String camp : List.of("999999", "not-a-number")) {
                UI.getCurrent().navigate("camps/" + camp + "/" + page);
                // Whichever view the app shows for Vaadin's NotFoundException (404).
                assertThat(getCurrentView()).as(page + " of camp " + camp).isInstanceOf(HasErrorParameter.class);
            }
        }
    }

    @Test
    @WithUserDetails("organizer")
    void anExistingCampOpensItsPage() {
        long campId = camps.listMine().getFirst().id();
        for (String page : PAGES) {
            UI.getCurrent().navigate("camps/" + campId + "/" + page);
            assertThat(getCurrentView()).as(page).isNotInstanceOf(HasErrorParameter.class);
        }
    }
}
