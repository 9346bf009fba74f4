package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An address that does not exist, an organizer's page opened by a participant, and a camp the
 * organizer does not organize all end on the same page inside the app's frame, with a way back.
 */
@CampfairIntegrationTest
class NotYoursPageTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("participant")
    void aParticipantAtAnUnknownOrAnOrganizersAddressGetsTheSameCalmPage() {
        UI.getCurrent().navigate("no-such-page");
        var unknown = $(NotYoursPage.class).single();
        assertThat(unknown).isInstanceOf(NotFoundPage.class);
        assertThat(unknown.title.getText()).isEqualTo(text("app.notFound.title"));
        assertThat($(MainLayout.class).all()).as("inside the app's frame, menu and sign-out included").hasSize(1);

        UI.getCurrent().navigate("camps");
        var organizers = $(NotYoursPage.class).single();
        assertThat(organizers.title.getText()).isEqualTo(unknown.title.getText());
        assertThat(organizers.detail.getText()).isEqualTo(unknown.detail.getText());
    }

    @Test
    @WithUserDetails("organizer")
    void aCampThatDoesNotExistIsNotFound() {
        UI.getCurrent().navigate("camps/987654321/settings");
        assertThat($(NotYoursPage.class).single().title.getText()).isEqualTo(text("app.notFound.title"));
    }

    private static String text(String key) {
        return Translations.text(UI.getCurrent().getLocale(), key);
    }
}
