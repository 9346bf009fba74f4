package org.campfair.campday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.CampOnDay;
import org.campfair.importing.CampImportService;
import org.campfair.participant.Participant;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * "Not today" as the demo participant (linked to Mikan) and the demo organizer see it, on a
 * sample camp whose third day is today in Tokyo and which is not published yet, so saying it
 * is a day away and starts no solve.
 */
@CampfairIntegrationTest
class NotTodayViewTest extends SpringBrowserlessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("participant")
    void aParticipantSaysNotTomorrowWithANoteAndTakesItBack() {
        var camp = CampOnDay.imported(importer, jdbc, LocalDate.now(TOKYO), TOKYO);
        long mikan = camp.participant(jdbc, "Mikan");
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(mikan).update();
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        var tomorrow = camp.day().plusDays(1);

        var view = navigate("me/not-today/tomorrow", NotTodayView.class);
        assertThat(view.intro.getText()).isEqualTo(text("campday.notToday.intro", full(tomorrow)));
        view.note.setValue("My knee hurts");
        test(view.send).click();

        assertThat(view.result.getText()).isEqualTo(text("campday.notToday.dayAway", full(tomorrow)));
        assertThat(jdbc.sql("select note from not_today where participant_id = ? and day = ?").params(mikan, tomorrow)
                .query(String.class).single()).isEqualTo("My knee hurts");

        view = navigate("me/not-today/tomorrow", NotTodayView.class);
        assertThat(view.intro.getText()).isEqualTo(text("campday.notToday.said", full(tomorrow)));
        test(view.takeBack).click();
        assertThat(view.result.getText()).isEqualTo(text("campday.notToday.takenBack", full(tomorrow)));
        assertThat(jdbc.sql("select count(*) from not_today where participant_id = ?").param(mikan)
                .query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("participant")
    void aNoteOverTheLimitIsRefusedInTheParticipantsLanguage() {
        var camp = CampOnDay.imported(importer, jdbc, LocalDate.now(TOKYO), TOKYO);
        long mikan = camp.participant(jdbc, "Mikan");
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(mikan).update();
        VaadinSession.getCurrent().setLocale(Locale.JAPANESE);

        var view = navigate("me/not-today/today", NotTodayView.class);
        view.note.setValue("あ".repeat(501));
        test(view.send).click();

        assertThat(view.result.getText()).isEqualTo(Translations.text(Locale.JAPANESE, "campday.notToday.noteTooLong",
                500));
        assertThat(jdbc.sql("select count(*) from not_today where participant_id = ?").param(mikan)
                .query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("organizer")
    void anOrganizerSaysItForSomeoneAndTheBoardListsThemWithTheNote() {
        var camp = CampOnDay.imported(importer, jdbc, LocalDate.now(TOKYO), TOKYO);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        var view = navigate("camps/" + camp.campId() + "/today", CampTodayView.class);
        var form = view.sayNotToday;
        assertThat(form).isNotNull();
        assertThat(form.day.getValue()).isEqualTo(camp.day());
        Participant kuma = form.who.getListDataView().getItems().filter(p -> p.nickname().equals("Kuma"))
                .findFirst().orElseThrow();
        test(form.say).click();
        assertThat(form.result.getText()).isEqualTo(text("campday.notToday.chooseWho"));
        form.who.setValue(kuma);
        form.note.setValue("Called at 7");
        test(form.say).click();
        assertThat(form.result.getText()).isEqualTo(text("campday.notToday.notedDayAway", "Kuma", camp.day()));

        test(form.publishAlone).click();
        assertThat(jdbc.sql("select publish_absences_alone from camp_day_setting where camp_id = ?")
                .param(camp.campId()).query(Boolean.class).single()).isTrue();

        view = navigate("camps/" + camp.campId() + "/today", CampTodayView.class);
        assertThat(view.board.notToday.getElement().getTextRecursively()).contains(text(
                "campday.today.notTodayNote", text("campday.today.notTodayByOrganizer", "Kuma"), "Called at 7"));
        assertThat(view.sayNotToday.publishAlone.getValue()).isTrue();
    }

    /** The day as English pages write it; pinned to its literal form so a change of DateFormats shows here too. */
    private static String full(LocalDate day) {
        String written = DateFormats.of(Locale.ENGLISH).dayWithYear(day);
        assertThat(written).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [1-9]\\d? [A-Z][a-z]{2} \\d{4}");
        return written;
    }

    private static String text(String key, Object... arguments) {
        return Translations.text(Locale.ENGLISH, key, arguments);
    }
}
