package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role lands on its own page after signing in. */
@CampfairIntegrationTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("organizer")
    void organizersLandOnTheirCamps() {
        navigate("", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CampListView");
    }

    @Test
    @WithUserDetails("participant")
    void participantsLandOnTheirSchedule() {
        navigate("", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyScheduleView");
    }

    @Test
    @WithUserDetails("host")
    void hostsLandOnTheirVillage() {
        navigate("", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("VillageView");
    }
}
