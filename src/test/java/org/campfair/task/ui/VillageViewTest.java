package org.campfair.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.ui.VillageFeedLinkProbe;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.task.Task;
import org.campfair.task.TaskService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class VillageViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    ParticipantService participants;
    @Autowired
    CampService camps;
    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    /** A fresh sample camp, published so that it shows on the host's page. */
    long publishedSampleCamp() {
        return SignIn.asTheApp(() -> {
            long id = importer.importCamp(CampFiles.classpath("sample-data"));
            camps.markStatus(id, CampStatus.PUBLISHED);
            return id;
        });
    }

    @Test
    @WithUserDetails("host")
    void theHostSeesOnlyPublishedCampsTheRunningOneFirstThenComingThenPastNewestFirst() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long running = publishedSampleCamp();
        jdbc.sql("update camp set starts_on = ?, ends_on = ? where id = ?")
                .params(today.minusDays(300), today.plusDays(2), running).update();
        long coming = publishedSampleCamp();
        long past = publishedSampleCamp();
        jdbc.sql("update camp set starts_on = ?, ends_on = ? where id = ?")
                .params(today.minusYears(1).minusDays(14), today.minusYears(1), past).update();
        long older = publishedSampleCamp();
        jdbc.sql("update camp set starts_on = ?, ends_on = ? where id = ?")
                .params(today.minusYears(2).minusDays(14), today.minusYears(2), older).update();
        long draft = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));

        var view = navigate(VillageView.class);

        List<Camp> shown = view.camp.getListDataView().getItems().toList();
        assertThat(shown).allMatch(c -> c.status() == CampStatus.PUBLISHED);
        var ids = shown.stream().map(Camp::id).toList();
        assertThat(ids).doesNotContain(draft);
        assertThat(view.camp.getValue().id()).isEqualTo(running);
        assertThat(ids).containsSubsequence(running, coming, past, older);
        assertThat(view.getChildren()).doesNotContain(view.empty);
        assertThat(view.today.isVisible()).as("a hosted camp runs today").isTrue();
        assertThat(view.today.getHref()).isEqualTo("village/today");
    }

    @Test
    @WithMockUser(username = "draft-only-host", roles = "HOST")
    void aVillageWithoutAPublishedCampIsToldWhatToExpect() {
        long draft = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long village = jdbc.sql("insert into host_village (name) values ('Draft-only village') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?)").params(draft, village).update();
        if (!accounts.exists("draft-only-host")) {
            accounts.create("draft-only-host", "a-good-long-password", Role.HOST, null, village);
        }
        jdbc.sql("update app_user set village_id = ? where username = 'draft-only-host'").param(village).update();

        var view = navigate(VillageView.class);

        assertThat(view.getChildren()).contains(view.empty).doesNotContain(view.camp, view.tabs);
        assertThat(view.empty.getText()).isEqualTo(view.getTranslation("task.village.noPublishedCamps"))
                .startsWith("No published camp yet.");
    }

    VillageView openAt(long campId) {
        var view = navigate(VillageView.class);
        view.camp.setValue(camps.get(campId));
        // The tab sheet attaches the shown tab's content on the way to the browser.
        roundTrip();
        return view;
    }

    @Test
    @WithUserDetails("host")
    void theHostSeesTheVillagesShiftsWithNicknamesOnly() {
        long campId = SignIn.asTheApp(() -> {
            long id = SolvedCamps.sampleCamp(importer, rosters);
            rosters.publish(id);
            return id;
        });

        var view = openAt(campId);
        var grid = test(view.shifts);

        assertThat(view.title.getText()).isEqualTo("Yuzuhara");
        assertThat(grid.size()).isEqualTo(171);
        var shown = new StringBuilder();
        for (int row = 0; row < grid.size(); row++) {
            shown.append(grid.getCellText(row, 4)).append('\n');
        }
        var people = SignIn.asTheApp(() -> participants.listByCamp(campId));
        assertThat(people).anyMatch(p -> shown.toString().contains(p.nickname()));
        assertThat(people).noneMatch(p -> shown.toString().contains(p.legalName())
                || shown.toString().contains(p.email()));
    }

    @Test
    @WithUserDetails("host")
    void theHostFindsTheVillagesCalendarLink() {
        publishedSampleCamp();
        var view = navigate(VillageView.class);

        var feedLink = view.getChildren().filter(VillageFeedLinkProbe::isFeedLink).findFirst();
        assertThat(feedLink).as("the village's calendar link section").isPresent();
        assertThat(VillageFeedLinkProbe.links(feedLink.get())).isNotEmpty()
                .allMatch(link -> link.matches("/feeds/[A-Za-z0-9_-]{43}\\.ics"));
    }

    @Test
    @WithUserDetails("host")
    void theHostEditsTheirTaskAndIsToldWhenSomeoneSavedItFirst() {
        long campId = publishedSampleCamp();
        var view = openAt(campId);
        test(view.tabs).select(1);
        roundTrip();
        var panel = view.taskEditor;
        var grid = test(panel.grid);
        assertThat(grid.size()).isEqualTo(8);

        grid.select(TaskSetupViewTest.rowOf(grid, 0, "Jam making"));
        test(panel.whatToBring).setValue("Apron, hair cover, indoor shoes, a warm layer");
        test(panel.save).click();
        Task jam = SignIn.asTheApp(() -> tasks.tasks(campId)).stream().filter(t -> t.name().equals("Jam making"))
                .findFirst().orElseThrow();
        assertThat(jam.whatToBring()).isEqualTo("Apron, hair cover, indoor shoes, a warm layer");

        SignIn.asTheApp(() -> tasks.saveTask(new Task(jam.id(), campId, jam.siteId(), jam.name(),
                "Changed by the organizer", jam.requiredSkills(), jam.intensity(), jam.indoor(), jam.whatToBring(),
                jam.version())));
        test(panel.description).setValue("Changed by the host");
        test(panel.save).click();
        assertThat(panel.message.getText()).isEqualTo(view.getTranslation("app.editor.stale"));
        assertThat(SignIn.asTheApp(() -> tasks.task(jam.id())).description()).isEqualTo("Changed by the organizer");
    }

    @Test
    @WithUserDetails("host")
    void theHostsShiftMistakesAreShownNextToTheirFields() {
        long campId = publishedSampleCamp();
        var view = openAt(campId);
        test(view.tabs).select(2);
        roundTrip();
        var panel = view.shiftEditor;
        int before = SignIn.asTheApp(() -> tasks.shifts(campId)).size();

        test(panel.add).click();
        test(panel.task).selectItem("Peel drying");
        test(panel.start).setValue(LocalTime.of(10, 0));
        test(panel.end).setValue(LocalTime.of(10, 0));
        test(panel.save).click();
        roundTrip();

        assertThat(panel.end.isInvalid()).isTrue();
        assertThat(panel.end.getErrorMessage()).isEqualTo(view.getTranslation("task.error.endBeforeStart"));
        assertThat(SignIn.asTheApp(() -> tasks.shifts(campId))).hasSize(before);
        test(panel.end).setValue(LocalTime.of(12, 0));
        test(panel.save).click();
        assertThat(SignIn.asTheApp(() -> tasks.shifts(campId))).hasSize(before + 1);
    }

    @Test
    @WithMockUser(username = "unlinked", roles = "HOST")
    void anAccountWithoutAVillageIsToldToAskTheOrganizer() {
        var view = navigate(VillageView.class);

        assertThat(view.getChildren()).noneMatch(child -> child == view.tabs);
    }
}
