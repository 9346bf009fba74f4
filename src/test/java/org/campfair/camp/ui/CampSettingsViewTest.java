package org.campfair.camp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.Camp;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import com.vaadin.flow.component.button.Button;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class CampSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    CampService camps;
    @Autowired
    AccountService accounts;

    Camp newCamp() {
        return camps.create(new CampDraft("Settings test " + System.nanoTime(), LocalDate.of(2028, 4, 3),
                LocalDate.of(2028, 4, 9), ZoneId.of("Asia/Tokyo"), "ja"));
    }

    CampSettingsView open(Camp camp) {
        return navigate("camps/" + camp.id() + "/settings", CampSettingsView.class);
    }

    @Test
    @WithUserDetails("organizer")
    void anOrganizerRenamesAndMovesTheCamp() {
        var camp = newCamp();
        var view = open(camp);
        assertThat(view.form.name.getValue()).isEqualTo(camp.name());

        test(view.form.name).setValue("Spring clearing 2028");
        test(view.form.endsOn).setValue(LocalDate.of(2028, 4, 12));
        test(view.form.timeZone).selectItem("Asia/Seoul");
        test(view.save).click();

        var saved = camps.get(camp.id());
        assertThat(saved.name()).isEqualTo("Spring clearing 2028");
        assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2028, 4, 12));
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(view.saved.getText()).isEqualTo(view.getTranslation("camp.settings.saved"));
        assertThat(view.message.getText()).isEmpty();
    }

    @Test
    @WithUserDetails("organizer")
    void aLastDayBeforeTheFirstIsShownNextToTheField() {
        var camp = newCamp();
        var view = open(camp);

        test(view.form.startsOn).setValue(LocalDate.of(2028, 4, 20));
        test(view.save).click();
        roundTrip();

        assertThat(view.form.endsOn.isInvalid()).isTrue();
        assertThat(view.form.endsOn.getErrorMessage()).isEqualTo(view.getTranslation("camp.error.endBeforeStart"));
        assertThat(camps.get(camp.id())).isEqualTo(camp);
    }

    @Test
    @WithUserDetails("organizer")
    void whenAnotherOrganizerSavedFirstTheSecondIsToldAndTheFirstChangeStays() {
        var camp = newCamp();
        var view = open(camp);
        camps.update(camp.withName("Renamed by the other organizer"));

        test(view.form.name).setValue("My name for it");
        test(view.save).click();

        assertThat(view.message.getText()).isEqualTo(view.getTranslation("camp.settings.stale"));
        assertThat(camps.get(camp.id()).name()).isEqualTo("Renamed by the other organizer");
        test(view.reload).click();
        assertThat(view.form.name.getValue()).isEqualTo("Renamed by the other organizer");
        assertThat(view.message.getText()).isEmpty();
    }

    @Test
    @WithUserDetails("organizer")
    void theOrganizersPanelLetsAnOrganizerInAndOutAndMakesInvitationLinks() {
        var camp = newCamp();
        String colleague = "colleague" + System.nanoTime() % 1_000_000;
        SignIn.asTheApp(() -> accounts.create(colleague, "a-long-password", Role.ORGANIZER, null, null));
        var view = open(camp);
        var panel = view.organizers;
        assertThat(panel.organizers.getElement().getTextRecursively()).contains("organizer").doesNotContain(colleague);

        panel.existing.setValue("no-such-organizer");
        test(panel.add).click();
        assertThat(panel.message.getText()).contains("no-such-organizer");
        panel.existing.setValue(colleague);
        test(panel.add).click();
        assertThat(panel.organizers.getElement().getTextRecursively()).contains(colleague);

        var remove = panel.organizers.getChildren().flatMap(item -> item.getChildren())
                .filter(c -> c instanceof Button).map(c -> (Button) c).findFirst().orElseThrow();
        test(remove).click();
        assertThat(panel.message.getText()).contains(colleague);
        assertThat(panel.organizers.getElement().getTextRecursively()).doesNotContain(colleague);

        test(panel.invite).click();
        assertThat(panel.link.isVisible()).isTrue();
        assertThat(panel.link.getValue()).contains("/join/");
    }
}
