package org.campfair.campday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.EndedCamp;
import org.campfair.importing.CampImportService;
import org.campfair.importing.ExportEncoding;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The organizers' page after the camp, as the demo organizer sees it. */
@CampfairIntegrationTest
class AfterCampViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("organizer")
    void anEndedCampOffersTheZipAndTheHoursAndNamesWhatShiftJisCannotHold() {
        var camp = EndedCamp.publish(account(), importer, jdbc);

        var view = navigate("camps/" + camp.campId() + "/after-camp", AfterCampView.class);

        assertThat(view.title.getText()).isEqualTo(text("campday.afterCamp.titleOf", "Yuzuhara Autumn Yuzu Camp 2027"));
        assertThat(view.certificatesZip.getHref()).isNotBlank();
        assertThat(view.certificatesNotYet.isAttached()).isFalse();
        assertThat(view.hoursCsv.isEnabled()).isTrue();
        assertThat(view.hoursCsv.getHref()).isNotBlank();

        jdbc.sql("update participant set nickname = '미칸' where id = ?").param(camp.mikan()).update();
        view.encoding.setValue(ExportEncoding.SHIFT_JIS);
        assertThat(view.hoursCsv.isEnabled()).isFalse();
        assertThat(view.problem.getText()).contains("confirmed-hours.csv").contains("\"미\"");
        view.encoding.setValue(ExportEncoding.UTF8_BOM);
        assertThat(view.hoursCsv.isEnabled()).isTrue();
        assertThat(view.problem.getText()).isEmpty();
    }

    @Test
    @WithUserDetails("organizer")
    void beforeTheEndItSaysFromWhen() {
        var camp = PublishedSampleCamp.publishFor(account(), importer, jdbc);

        var view = navigate("camps/" + camp.campId() + "/after-camp", AfterCampView.class);

        assertThat(view.certificatesZip.isAttached()).isFalse();
        assertThat(view.certificatesNotYet.getText()).startsWith(text("campday.certificate.availableFrom", "")
                .substring(0, 20));
        assertThat(view.hoursCsv.isAttached()).as("the hours so far, at any time").isTrue();
    }

    private String account() {
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "a-long-password", Role.PARTICIPANT, null, null);
        return username;
    }

    private String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
