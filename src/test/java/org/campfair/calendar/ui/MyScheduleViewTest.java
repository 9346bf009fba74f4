package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class MyScheduleViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ParticipantService participants;

    @Test
    @WithUserDetails("participant")
    void theScheduleComesFirstAsOneCardPerDayWithEverythingAboutTheShift() {
        var camp = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        var view = navigate(MyScheduleView.class);

        var cards = view.days.getChildren().map(ScheduleDayCard.class::cast).toList();
        assertThat(cards).hasSize(2);
        var first = cards.getFirst();
        assertThat(first.date.getText()).isEqualTo(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)
                .format(camp.firstDay())).matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4}");
        var shift = jdbc.sql("""
                select t.name, t.description, t.what_to_bring, site.name as site, s.start_time, s.end_time
                from shift s join task t on t.id = s.task_id join site on site.id = t.site_id where s.id = ?""")
                .param(camp.shiftIds().getFirst()).query().singleRow();
        String card = first.getElement().getTextRecursively();
        assertThat(card).contains(shift.get("start_time").toString().substring(0, 5) + "–"
                        + shift.get("end_time").toString().substring(0, 5))
                .contains((String) shift.get("name"), "Where: " + shift.get("site"),
                        "Lead: " + PublishedSampleCamp.LEAD, "Bring: " + shift.get("what_to_bring"),
                        (String) shift.get("description"));

        // Schedule first, then the calendar link, then reminders.
        var order = new ArrayList<>(view.getChildren().toList());
        assertThat(order.indexOf(view.days)).isGreaterThan(order.indexOf(view.title))
                .isLessThan(order.indexOf(view.calendarFeed));
        assertThat(order.indexOf(view.calendarFeed)).isLessThan(order.indexOf(view.reminders));

        // Coworkers by nickname only: no one's legal name or email on the cards.
        var everyone = SignIn.asTheApp(() -> participants.listByCamp(camp.campId()));
        String allCards = view.days.getElement().getTextRecursively();
        assertThat(everyone).noneMatch(p -> !p.legalName().isBlank() && allCards.contains(p.legalName())
                || !p.email().isBlank() && allCards.contains(p.email()));
    }

    @Test
    @WithUserDetails("participant")
    void duringTheCampThePlannedHoursStandBesideTheConfirmedOnes() {
        var camp = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        // Both shifts were yesterday; the first was marked an hour longer than planned.
        jdbc.sql("update shift set day = :day where id in (:ids)")
                .param("day", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1))
                .param("ids", camp.shiftIds()).update();
        long planned = jdbc.sql("""
                select sum(extract(epoch from (end_time - start_time)) / 60) from shift where id in (:ids)""")
                .param("ids", camp.shiftIds()).query(Long.class).single();
        long first = jdbc.sql("select extract(epoch from (end_time - start_time)) / 60 from shift where id = ?")
                .param(camp.shiftIds().getFirst()).query(Long.class).single();
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                values (?, 1, ?, 'CAME', ?, now(), 1)""")
                .params(camp.shiftIds().getFirst(), camp.participantId(), first + 60).update();

        var view = navigate(MyScheduleView.class);

        assertThat(view.getChildren()).contains(view.hours);
        assertThat(view.hours.getText()).isEqualTo("Planned " + hours(planned) + " h. Confirmed at check-in so far: "
                + hours(first + 60) + " h; 1 past shift not confirmed yet.");
    }

    @Test
    @WithUserDetails("participant")
    void aMarkedShiftShowsWhatWasMarkedWithItsPlannedAndConfirmedHours() {
        var camp = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        long first = plannedMinutes(camp.shiftIds().getFirst());
        long second = plannedMinutes(camp.shiftIds().get(1));
        mark(camp, camp.shiftIds().getFirst(), "CAME_LATE", first - 30);

        var view = navigate(MyScheduleView.class);

        var cards = view.days.getChildren().map(ScheduleDayCard.class::cast).toList();
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains("You came a little later. Planned "
                + hours(first) + " h, confirmed " + hours(first - 30) + " h.");
        assertThat(cards.get(1).getElement().getTextRecursively()).as("not marked yet: nothing said")
                .doesNotContain("Planned").doesNotContain("confirmed");

        mark(camp, camp.shiftIds().get(1), "DID_NOT_COME", 0);
        VaadinSession.getCurrent().setLocale(Locale.JAPANESE);
        view = navigate(MyScheduleView.class);

        var second2 = (ScheduleDayCard) view.days.getChildren().toList().get(1);
        assertThat(second2.getElement().getTextRecursively())
                .contains("今回はお休みでした。予定 " + hours(second) + " 時間、確認 0 時間。");
    }

    @Test
    @WithUserDetails("participant")
    void aShiftTheParticipantLeadsSaysSoAndLeadsToItsCheckIn() {
        var camp = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        jdbc.sql("update participant set is_returning = false where id = ?").param(camp.participantId()).update();
        var before = navigate(MyScheduleView.class);
        assertThat(before.days.getElement().getTextRecursively()).doesNotContain("You lead this shift");

        // Mikan becomes a returning volunteer with the first shift's skills: a lead there, as check-in judges.
        jdbc.sql("""
                update participant set is_returning = true, skills = (select t.required_skills from shift s
                    join task t on t.id = s.task_id where s.id = ?) where id = ?""")
                .params(camp.shiftIds().getFirst(), camp.participantId()).update();

        var view = navigate(MyScheduleView.class);

        var first = (ScheduleDayCard) view.days.getChildren().findFirst().orElseThrow();
        assertThat(first.getElement().getTextRecursively()).contains("You lead this shift.");
        assertThat(first.checkInLinks).hasSize(1);
        assertThat(first.checkInLinks.getFirst().getText()).isEqualTo("Check in your shift's people");
        String href = first.checkInLinks.getFirst().getHref();
        assertThat(href).isEqualTo("check-in/" + camp.shiftIds().getFirst());

        // The link opens the shift's check-in with its seats, not the "not yours" message.
        var checkIn = navigate(href, org.campfair.campday.ui.ShiftCheckInView.class);
        assertThat(checkIn.getElement().getTextRecursively()).contains("Kuma", "Mikan (lead)")
                .doesNotContain("not one you can check in");
    }

    private long plannedMinutes(long shiftId) {
        return jdbc.sql("select extract(epoch from (end_time - start_time)) / 60 from shift where id = ?")
                .param(shiftId).query(Long.class).single();
    }

    private void mark(PublishedSampleCamp camp, long shiftId, String state, long minutes) {
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                values (?, 1, ?, ?, ?, now(), 1)""")
                .params(shiftId, camp.participantId(), state, minutes).update();
    }

    private static String hours(long minutes) {
        var format = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(minutes / 60.0);
    }

    @Test
    @WithUserDetails("participant")
    void theCardsSpeakTheParticipantsLanguage() {
        var camp = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        VaadinSession.getCurrent().setLocale(Locale.JAPANESE);

        var view = navigate(MyScheduleView.class);

        var first = (ScheduleDayCard) view.days.getChildren().findFirst().orElseThrow();
        assertThat(first.date.getText()).isEqualTo("%d年%d月%d日(%s)".formatted(camp.firstDay().getYear(),
                camp.firstDay().getMonthValue(), camp.firstDay().getDayOfMonth(),
                DateTimeFormatter.ofPattern("E", Locale.JAPANESE).format(camp.firstDay())));
        assertThat(first.getElement().getTextRecursively()).contains("リーダー：" + PublishedSampleCamp.LEAD);
        assertThat(view.shiftsTitle.getText()).isEqualTo("わたしのシフト");
    }

    @Test
    @WithUserDetails("participant")
    void theDemoParticipantSeesTheirNicknameAndTheirCalendarFeed() {
        // The demo participant's own language is Japanese; read the page in English here.
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        var view = navigate(MyScheduleView.class);

        assertThat(view.title.getText()).startsWith("My schedule, ");
        assertThat(view.calendarFeed.getHref()).matches("/feeds/[A-Za-z0-9_-]{43}\\.ics");

        String before = view.calendarFeed.getHref();
        test(view.newLink).click();
        roundTrip();
        assertThat(view.newLinkConfirmation.isOpened()).as("asked before the old link stops").isTrue();
        test(view.newLinkConfirmation).cancel();
        assertThat(view.calendarFeed.getHref()).as("kept when the participant cancels").isEqualTo(before);

        test(view.newLink).click();

        roundTrip();
        test(view.newLinkConfirmation).confirm();
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
