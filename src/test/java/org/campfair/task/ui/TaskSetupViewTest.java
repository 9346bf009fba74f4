package org.campfair.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.task.HostVillage;
import org.campfair.task.Task;
import org.campfair.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class TaskSetupViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    TaskService tasks;
    @Autowired
    CampService camps;

    long campId;

    TaskSetupView open() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        return navigate("camps/" + campId + "/tasks", TaskSetupView.class);
    }

    /** A fresh sample camp's setup page on one of its tabs (0 villages, 1 sites, 2 tasks, 3 shifts). */
    TaskSetupView openOnTab(int tab) {
        var view = open();
        test(view.tabs).select(tab);
        roundTrip();
        return view;
    }

    static int rowOf(com.vaadin.flow.component.grid.GridTester<?, ?> grid, int column, String text) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, column).equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    @Test
    @WithUserDetails("organizer")
    void anOrganizerAddsATaskAndDeletesItAfterConfirming() {
        var view = openOnTab(2);
        var panel = view.tasks;

        test(panel.add).click();
        test(panel.name).setValue("Bamboo cutting");
        test(panel.site).selectItem("Upper yuzu grove");
        test(panel.intensity).selectItem(view.getTranslation("task.intensity.heavy"));
        test(panel.skills).selectItem("brush_cutter");
        test(panel.whatToBring).setValue("Boots, gloves");
        test(panel.save).click();

        assertThat(panel.message.getText()).isEmpty();
        var grid = test(panel.grid);
        assertThat(grid.size()).isEqualTo(9);
        var added = tasks.tasks(campId).stream().filter(t -> t.name().equals("Bamboo cutting")).findFirst().orElseThrow();
        assertThat(added.requiredSkills()).containsExactly("brush_cutter");
        assertThat(added.whatToBring()).isEqualTo("Boots, gloves");

        test(panel.filter).setValue("bamboo");
        assertThat(grid.size()).isEqualTo(1);
        test(panel.delete).click();
        roundTrip();
        test(panel.deleteConfirmation).confirm();
        assertThat(tasks.tasks(campId)).noneMatch(t -> t.name().equals("Bamboo cutting"));
        assertThat(grid.size()).isZero();
    }

    @Test
    @WithUserDetails("organizer")
    void shiftMistakesAreShownNextToTheirFields() {
        var view = openOnTab(3);
        var panel = view.shifts;
        int before = tasks.shifts(campId).size();

        test(panel.add).click();
        test(panel.task).selectItem("Jam making");
        panel.day.setValue(LocalDate.of(2027, 11, 20));
        test(panel.start).setValue(LocalTime.of(14, 0));
        test(panel.end).setValue(LocalTime.of(13, 0));
        test(panel.minHeadcount).setValue(3);
        test(panel.maxHeadcount).setValue(2);
        test(panel.save).click();
        roundTrip();

        assertThat(panel.day.isInvalid()).isTrue();
        assertThat(panel.day.getErrorMessage())
                .isEqualTo(view.getTranslation("task.error.dayOutsideCamp", LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 14)));
        assertThat(panel.end.getErrorMessage()).isEqualTo(view.getTranslation("task.error.endBeforeStart"));
        assertThat(panel.maxHeadcount.getErrorMessage()).isEqualTo(view.getTranslation("task.error.maxBelowMin"));
        assertThat(tasks.shifts(campId)).hasSize(before);

        panel.day.setValue(LocalDate.of(2027, 11, 7));
        test(panel.end).setValue(LocalTime.of(16, 0));
        test(panel.maxHeadcount).setValue(4);
        test(panel.save).click();
        assertThat(tasks.shifts(campId)).hasSize(before + 1);
    }

    @Test
    @WithUserDetails("organizer")
    void whenAnotherOrganizerSavedTheTaskFirstTheSecondIsToldAndTheFirstChangeStays() {
        var view = openOnTab(2);
        var panel = view.tasks;
        var grid = test(panel.grid);
        grid.select(rowOf(grid, 0, "Jam making"));
        assertThat(panel.name.getValue()).isEqualTo("Jam making");

        Task jam = tasks.tasks(campId).stream().filter(t -> t.name().equals("Jam making")).findFirst().orElseThrow();
        tasks.saveTask(new Task(jam.id(), campId, jam.siteId(), jam.name(), jam.description(), jam.requiredSkills(),
                jam.intensity(), jam.indoor(), "Apron and a name tag", jam.version()));
        test(panel.whatToBring).setValue("Nothing at all");
        test(panel.save).click();

        assertThat(panel.message.getText()).isEqualTo(view.getTranslation("app.editor.stale"));
        assertThat(panel.whatToBring.getValue()).isEqualTo("Nothing at all");
        assertThat(tasks.task(jam.id()).whatToBring()).isEqualTo("Apron and a name tag");
        test(panel.reload).click();
        assertThat(panel.whatToBring.getValue()).isEqualTo("Apron and a name tag");
        assertThat(panel.message.getText()).isEmpty();
    }

    @Test
    @WithUserDetails("organizer")
    void aSiteNeedsValidCoordinatesAndAVillageInUseIsNotRemoved() {
        var view = open();
        // A village of this camp only: sites belong to villages, which other tests' camps share.
        String village = "Kitagawa " + campId;
        tasks.saveVillage(campId, new HostVillage(0, village, 0));
        test(view.tabs).select(1);
        roundTrip();
        var sites = view.sites;

        test(sites.add).click();
        test(sites.village).selectItem(village);
        test(sites.name).setValue("Hot spring");
        test(sites.latitude).setValue(95.0);
        test(sites.longitude).setValue(134.0);
        test(sites.save).click();
        assertThat(sites.latitude.isInvalid()).isTrue();
        assertThat(sites.latitude.getErrorMessage()).isEqualTo(view.getTranslation("task.error.latitudeRange"));
        test(sites.latitude).setValue(33.6);
        test(sites.save).click();
        assertThat(tasks.sites(campId)).anyMatch(s -> s.name().equals("Hot spring"));
        assertThat(test(sites.grid).size()).isEqualTo(tasks.sites(campId).size());

        test(view.tabs).select(0);
        roundTrip();
        var villages = view.villages;
        test(villages.grid).select(rowOf(test(villages.grid), 0, "Yuzuhara"));
        test(villages.delete).click();
        roundTrip();
        test(villages.deleteConfirmation).confirm();
        assertThat(villages.message.getText()).isEqualTo(view.getTranslation("task.error.villageInUse", "Yuzuhara", 8));
        assertThat(tasks.villages(campId)).hasSize(2);
    }

    @Test
    @WithUserDetails("organizer")
    void aNewShiftIsCancelledWithoutSavingAndTheFormCloses() {
        var view = openOnTab(3);
        var panel = view.shifts;
        int before = tasks.shifts(campId).size();

        test(panel.add).click();
        assertThat(panel.form.isVisible()).isTrue();
        assertThat(panel.cancel.isVisible()).isTrue();
        test(panel.task).selectItem(panel.task.getListDataView().getItem(0).name());
        test(panel.cancel).click();

        assertThat(panel.form.isVisible()).isFalse();
        assertThat(test(panel.save).isUsable()).isFalse();
        assertThat(panel.current()).isNull();
        assertThat(tasks.shifts(campId)).hasSize(before);

        // An edited shift: Cancel drops the change and unselects the row.
        test(panel.grid).clickRow(0);
        var shift = panel.current();
        test(panel.maxHeadcount).setValue(9);
        test(panel.cancel).click();
        assertThat(panel.grid.getSelectedItems()).isEmpty();
        assertThat(tasks.shifts(campId)).contains(shift);
    }

    @Test
    @WithUserDetails("organizer")
    void aCampWithoutWorkSaysTheNextStepAndOpensItsTab() {
        long empty = camps.create(new CampDraft("No work yet " + System.nanoTime(), LocalDate.of(2029, 5, 1),
                LocalDate.of(2029, 5, 7), ZoneId.of("Asia/Tokyo"), "en")).id();
        var view = navigate("camps/" + empty + "/tasks", TaskSetupView.class);
        roundTrip();

        assertThat(view.nextStep.isVisible()).isTrue();
        assertThat(view.nextStep.getText()).isEqualTo(view.getTranslation("task.next.villages"));
        assertThat(view.tabs.getSelectedIndex()).isZero();

        test(view.villages.add).click();
        test(view.villages.name).setValue("Kawanishi " + System.nanoTime());
        test(view.villages.save).click();
        test(view.tabs).select(1);
        roundTrip();
        assertThat(view.nextStep.getText()).isEqualTo(view.getTranslation("task.next.sites"));

        // A camp with shifts has nothing to add first.
        var sample = open();
        assertThat(sample.nextStep.isVisible()).isFalse();
    }
}
