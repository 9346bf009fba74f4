package org.campfair.camp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampRoutes;
import org.campfair.housing.HousingRoutes;
import org.campfair.participant.ParticipantRoutes;
import org.campfair.roster.RosterRoutes;
import org.campfair.task.TaskRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class CampListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("organizer")
    void eachCampHasItsPagesAsLinksAndTheRosterLinkOpensTheRoster() {
        var view = navigate(CampListView.class);

        // Other tests import the sample camp again and move their copies to other time zones
        // (a shift running now); the one loaded at start-up keeps Tokyo's.
        var sample = view.rows().stream()
                .filter(row -> row.camp.name().startsWith("Yuzuhara") && row.camp.timeZone().getId().equals("Asia/Tokyo"))
                .findFirst().orElseThrow();
        long id = sample.camp.id();
        assertThat(sample.actions()).extracting(Anchor::getText)
                .containsExactly("Roster", "Participants", "Tasks", "Houses", "Self-service",
                        "Certificates and hours", "Settings");
        assertThat(sample.actions()).extracting(Anchor::getHref).containsExactly(RosterRoutes.roster(id),
                ParticipantRoutes.participants(id), TaskRoutes.tasks(id), HousingRoutes.houses(id),
                "camps/" + id + "/self-service", "camps/" + id + "/after-camp", CampRoutes.settings(id));
        assertThat(sample.getChildren().skip(1).findFirst().orElseThrow().getChildren().toList())
                .as("every link is shown").containsExactlyElementsOf(sample.actions());
        assertThat(sample.actions()).allMatch(link -> link.getElement().hasAttribute("router-link"));
        assertThat(view.empty.isVisible()).isFalse();

        test(sample.roster).click();
        // By route: camp does not know the roster's view class.
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RosterView");
    }

    @Test
    @WithUserDetails("organizer")
    void theSelfServiceLinkOpensTheCampsSelfServicePage() {
        var sample = navigate(CampListView.class).rows().stream()
                .filter(row -> row.camp.name().startsWith("Yuzuhara")).findFirst().orElseThrow();

        test(sample.selfService).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SelfServiceView");
    }

    @Test
    @WithUserDetails("organizer")
    void campsComeNewestFirst() {
        var starts = navigate(CampListView.class).rows().stream().map(row -> row.camp.startsOn()).toList();

        assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @WithUserDetails("organizer")
    void newCampOpensTheCampForm() {
        var view = navigate(CampListView.class);

        test(view.newCamp).click();

        assertThat(getCurrentView()).isInstanceOf(NewCampView.class);
    }
}
