package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class MyScheduleViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("participant")
    void theDemoParticipantSeesTheirNicknameAndTheirCalendarFeed() {
        // The demo participant's own language is Japanese; read the page in English here.
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        var view = navigate(MyScheduleView.class);

        assertThat(view.title.getText()).startsWith("My schedule, ");
        assertThat(view.calendarFeed.getHref()).matches("/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(view.stay.getText()).isNotBlank();

        String before = view.calendarFeed.getHref();
        test(view.newLink).click();
        assertThat(view.calendarFeed.getHref()).isNotEqualTo(before).matches("/feeds/[A-Za-z0-9_-]{43}\\.ics");
    }

    @Test
    @WithUserDetails("participant")
    void theParticipantChoosesTheirRemindersOnTheSamePage() {
        var view = navigate(MyScheduleView.class);

        assertThat(view.reminders).isNotNull();
        assertThat(view.getChildren()).contains(view.reminders);
    }

    @Test
    @WithUserDetails("participant")
    void thePageSpeaksTheLanguageOfTheUi() {
        // As the app does for a signed-in person's language: for the whole session.
        VaadinSession.getCurrent().setLocale(Locale.JAPANESE);

        var view = navigate(MyScheduleView.class);

        assertThat(view.title.getText()).startsWith("わたしの予定（");
        assertThat(view.newLink.getText()).isEqualTo("新しいリンクを発行（古いリンクは使えなくなります）");
        assertThat(view.getPageTitle()).isEqualTo("わたしの予定 · Campfair");
    }
}
