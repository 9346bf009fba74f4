package org.campfair.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalTime;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.ui.VillageFeedLinkProbe;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.task.Task;
import org.campfair.task.TaskService;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
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
        var view = navigate(VillageView.class);

        var feedLink = view.getChildren().filter(VillageFeedLinkProbe::isFeedLink).findFirst();
        assertThat(feedLink).as("the village's calendar link section").isPresent();
        assertThat(VillageFeedLinkProbe.links(feedLink.get())).isNotEmpty()
                .allMatch(link -> link.matches("/feeds/[A-Za-z0-9_-]{43}\\.ics"));
    }

    @Test
    @WithUserDetails("host")
    void theHostEditsTheirTaskAndIsToldWhenSomeoneSavedItFirst() {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
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
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
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
