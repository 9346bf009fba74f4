package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.task.TaskRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class NothingToSolveTest extends SpringBrowserlessTest {

    @Autowired
    CampService camps;
    @Autowired
    CampImportService importer;

    @Test
    @WithUserDetails("organizer")
    void aCampWithoutShiftsSaysSoAndLinksToItsTasks() {
        long campId = camps.create(new CampDraft("Nothing yet " + System.nanoTime(), LocalDate.of(2029, 6, 1),
                LocalDate.of(2029, 6, 5), ZoneId.of("Asia/Tokyo"), "en")).id();

        var view = navigate("camps/" + campId + "/roster", RosterView.class);

        assertThat(view.nothingToSolve.isVisible()).isTrue();
        assertThat(view.nothingToSolve.text.getText()).isEqualTo(view.getTranslation("roster.empty.noShifts"));
        assertThat(view.nothingToSolve.where.getHref()).isEqualTo(TaskRoutes.tasks(campId));
        test(view.nothingToSolve.where).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TaskSetupView");
    }

    @Test
    @WithUserDetails("organizer")
    void theNoteIsBackOnEveryVisitWhileTheCampHasNothingToRoster() {
        long empty = camps.create(new CampDraft("Still nothing " + System.nanoTime(), LocalDate.of(2029, 7, 1),
                LocalDate.of(2029, 7, 5), ZoneId.of("Asia/Tokyo"), "en")).id();
        long full = importer.importCamp(CampFiles.classpath("sample-data"));

        navigate("camps/" + empty + "/roster", RosterView.class);
        test(navigate("camps/" + empty + "/roster", RosterView.class).nothingToSolve.where).click();
        // Back from its tasks, from another camp's roster, and from the same page again.
        var back = navigate("camps/" + empty + "/roster", RosterView.class);
        assertThat(back.nothingToSolve.isVisible()).as("after the tasks page").isTrue();
        assertThat(navigate("camps/" + full + "/roster", RosterView.class).nothingToSolve.isVisible()).isFalse();
        var again = navigate("camps/" + empty + "/roster", RosterView.class);
        assertThat(again.nothingToSolve.isVisible()).as("after a camp with a roster").isTrue();
        assertThat(again.nothingToSolve.text.getText()).isEqualTo(again.getTranslation("roster.empty.noShifts"));
        assertThat(navigate("camps/" + empty + "/roster", RosterView.class).nothingToSolve.isVisible())
                .as("on the same page again").isTrue();
    }

    @Test
    @WithUserDetails("organizer")
    void aCampWithShiftsAndParticipantsHasNoSuchNote() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));

        var view = navigate("camps/" + campId + "/roster", RosterView.class);

        assertThat(view.nothingToSolve.isVisible()).isFalse();
    }

    @Test
    void withShiftsButNobodyTheNoteSaysWhereParticipantsComeFrom() {
        var note = new NothingToSolve();
        note.show(7, true, false);

        assertThat(note.isVisible()).isTrue();
        assertThat(note.text.getText()).isEqualTo(note.getTranslation("roster.empty.noParticipants"));
        assertThat(note.where.isVisible()).isFalse();
    }
}
