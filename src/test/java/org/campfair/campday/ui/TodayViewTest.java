package org.campfair.campday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.CheckInService;
import org.campfair.campday.CheckInState;
import org.campfair.campday.RunningShift;
import org.campfair.importing.CampImportService;
import org.campfair.shared.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Today's board and the day sheet, as the demo organizer and the demo host see them on a shift running now. */
@CampfairIntegrationTest
class TodayViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    CheckInService checkIns;
    @Autowired
    BoardUpdates updates;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("organizer")
    void theBoardShowsWhoIsOnTheRunningShiftAndRedrawsItselfWhenASeatIsMarked() throws InterruptedException {
        var shift = RunningShift.publish(importer, jdbc);
        int followersBefore = updates.followers();
        var view = navigate("camps/" + shift.campId() + "/today", CampTodayView.class);
        String now = view.board.current.getElement().getTextRecursively();
        assertThat(now).contains("Jam making").contains("Hana").contains(text("campday.checkIn.unmarked"));
        assertThat(view.board.houses.getElement().getTextRecursively()).contains("Okada House");
        // The phone builds every element the server sends before the first screen shows: a shift is
        // its title and one paragraph of people, however many seats it has (docs/benchmark.md).
        assertThat(view.board.current.getChildren().count()).as("heading, title, people (one running shift)")
                .isEqualTo(3);
        assertThat(view.board.current.getElement().getChild(2).getChildCount()).as("the people's one text").isEqualTo(1);
        int people = view.board.current.getElement().getChild(2).getText().split("\n").length;
        assertThat(view.board.current.getElement().getChild(1).getText()).as("the title counts the people")
                .endsWith(" · " + text("campday.today.people", people));
        assertThat(view.sheets.getElement().getTextRecursively()).contains(text("campday.today.printOf", "Yuzuhara"));
        assertThat(updates.followers()).as("follows the camp while shown").isEqualTo(followersBefore + 1);

        // Marked on another phone: the board learns of it after the commit, without a reload.
        checkIns.mark(shift.shiftId(), 0, CheckInState.CAME, null, 0);
        String came = text("campday.today.seat", text("campday.checkIn.lead", "Hana"), text("campday.state.CAME"));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!view.board.current.getElement().getTextRecursively().contains(came) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            // What push delivers: the page's session runs the queued refresh (the test holds its lock).
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(view.board.current.getElement().getTextRecursively()).contains(came);

        navigate("check-in", CheckInListView.class);
        assertThat(updates.followers()).as("stops following when the page closes").isEqualTo(followersBefore);
    }

    @Test
    @WithUserDetails("organizer")
    void theDaySheetListsTheVillagesShiftsWithLeadsAndWhatToBring() {
        var shift = RunningShift.publish(importer, jdbc);
        var sheet = navigate("camps/" + shift.campId() + "/today/print", DaySheetView.class);
        String text = sheet.sheets.getElement().getTextRecursively();
        assertThat(text).contains("Jam making").contains(text("campday.sheet.leads", "Hana, Mikan"))
                .contains("Apron, hair cover, indoor shoes");
        var wrongDay = print(shift.campId(), "1999-01-01");
        var dates = jdbc.sql("select starts_on, ends_on from camp where id = ?").param(shift.campId())
                .query((rs, row) -> new Object[] {rs.getObject(1, java.time.LocalDate.class),
                        rs.getObject(2, java.time.LocalDate.class)}).single();
        assertThat(wrongDay.message.getText()).isEqualTo(text("campday.today.dayOutsideCamp", dates));
        var nonsense = print(shift.campId(), "tomorrow");
        assertThat(nonsense.message.getText()).isEqualTo(text("campday.today.badDay"));
    }

    @Test
    @WithUserDetails("host")
    void aHostSeesTheirVillagesBoardAndPrintsItsSheetWithoutBeds() {
        var shift = RunningShift.publish(importer, jdbc);
        long village = jdbc.sql("select village_id from app_user where username = 'host'").query(Long.class).single();
        jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?) on conflict do nothing")
                .params(shift.campId(), village).update();
        jdbc.sql("""
                insert into published_bed (publication_id, participant_id, bed_id)
                select (select max(id) from publication where camp_id = ?), ?, b.id
                from bed b join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.camp_id = ? order by b.id limit 1""").params(shift.campId(), shift.hana(), shift.campId()).update();
        jdbc.sql("update participant set arrives_on = (select day from shift where id = ?) where id = ?")
                .params(shift.shiftId(), shift.hana()).update();

        var view = navigate("village/today", VillageTodayView.class);
        assertThat(view.camp.getValue().campId()).as("the camp running today").isEqualTo(shift.campId());
        assertThat(view.board.current.getElement().getTextRecursively()).contains("Jam making").contains("Hana");
        assertThat(view.board.arrivals.getElement().getTextRecursively()).as("house, no room or bed")
                .contains("Hana · Okada House").doesNotContain("Tatami room");
        assertThat(view.print.getHref()).isEqualTo("village/today/" + shift.campId() + "/print");

        var sheet = navigate("village/today/" + shift.campId() + "/print", DaySheetView.class);
        assertThat(sheet.sheets.getElement().getTextRecursively()).contains("Jam making");
        var organizers = navigate("camps/" + shift.campId() + "/today", com.vaadin.flow.component.Component.class);
        assertThat(organizers).as("the organizers' page stays closed").isNotInstanceOf(CampTodayView.class);
    }

    @Test
    @WithUserDetails("host")
    void aHostWhoseVillageHostsTwoCampsTodayOpensTheOneTheLinkNames() {
        var first = RunningShift.publish(importer, jdbc);
        var second = RunningShift.publish(importer, jdbc);
        long village = jdbc.sql("select village_id from app_user where username = 'host'").query(Long.class).single();
        for (long campId : new long[] {first.campId(), second.campId()}) {
            jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?) on conflict do nothing")
                    .params(campId, village).update();
        }

        for (long wanted : new long[] {first.campId(), second.campId()}) {
            UI.getCurrent().navigate("village/today", QueryParameters.of("camp", String.valueOf(wanted)));
            var view = (VillageTodayView) getCurrentView();
            assertThat(view.camp.getValue().campId()).isEqualTo(wanted);
            assertThat(view.print.getHref()).isEqualTo("village/today/" + wanted + "/print");
        }
        UI.getCurrent().navigate("village/today", QueryParameters.of("camp", "999999999"));
        assertThat(((VillageTodayView) getCurrentView()).camp.getValue()).as("a camp not theirs: the first of theirs")
                .isNotNull();
    }

    private DaySheetView print(long campId, String day) {
        UI.getCurrent().navigate("camps/" + campId + "/today/print", QueryParameters.of("day", day));
        return (DaySheetView) getCurrentView();
    }

    private String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
