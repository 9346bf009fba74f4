package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.EndedCamp;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The certificate at the end of the demo participant's schedule page. */
@CampfairIntegrationTest
class CertificateSectionTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("participant")
    void afterTheCampTheCertificateIsThereAndTheNameChoiceIsKept() {
        var camp = EndedCamp.publish("participant", importer, jdbc);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        var view = navigate(MyScheduleView.class);

        var section = view.certificate;
        assertThat(section).isNotNull();
        var order = new ArrayList<>(view.getChildren().toList());
        assertThat(order.getLast()).as("a small section at the end").isSameAs(section);
        assertThat(section.title.getText()).isEqualTo("Certificate of participation");
        assertThat(section.download.getHref()).isNotBlank();
        assertThat(section.legalName.isEnabled()).isTrue();
        assertThat(section.legalName.getValue()).isFalse();

        test(section.legalName).click();
        assertThat(jdbc.sql("select legal_name from certificate_name_choice where participant_id = ?")
                .param(camp.mikan()).query(Boolean.class).single()).isTrue();
        var again = navigate(MyScheduleView.class);
        assertThat(again.certificate.legalName.getValue()).isTrue();
    }

    @Test
    @WithUserDetails("participant")
    void beforeTheEndItSaysFromWhenAndWithoutALegalNameWhy() {
        var camp = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        jdbc.sql("update participant set legal_name = '' where id = ?").param(camp.participantId()).update();
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        var section = navigate(MyScheduleView.class).certificate;

        assertThat(section.download.isAttached()).isFalse();
        assertThat(section.notYet.getText()).startsWith("You can download your certificate once the camp has ended");
        assertThat(section.noLegalName.getText()).startsWith("Your legal name is not on record");
        assertThat(section.legalName.isEnabled()).isFalse();
    }
}
