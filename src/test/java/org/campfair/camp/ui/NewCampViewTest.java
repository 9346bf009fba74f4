package org.campfair.camp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.housing.HousingService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class NewCampViewTest extends SpringBrowserlessTest {

    @Autowired
    CampService camps;
    @Autowired
    CampImportService importer;
    @Autowired
    TaskService tasks;
    @Autowired
    HousingService housing;

    @Test
    @WithUserDetails("organizer")
    void anOrganizerStartsNextYearsCampFromLastYearsAndLandsOnItsSettings() {
        var lastYear = camps.get(importer.importCamp(CampFiles.classpath("sample-data")));
        var view = navigate(NewCampView.class);
        String name = "Next year " + System.nanoTime();

        test(view.form.name).setValue(name);
        test(view.form.startsOn).setValue(LocalDate.of(2028, 10, 30));
        test(view.form.endsOn).setValue(LocalDate.of(2028, 11, 12));
        view.template.setValue(lastYear);
        assertThat(view.copyNote.isVisible()).isTrue();
        assertThat(view.copyNote.getText()).isEqualTo(view.getTranslation("camp.new.copyNote"));
        test(view.create).click();

        assertThat(getCurrentView()).isInstanceOf(CampSettingsView.class);
        var created = camps.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.startsOn()).isEqualTo(LocalDate.of(2028, 10, 30));
        assertThat(tasks.shifts(created.id())).hasSize(171);
        assertThat(housing.beds(created.id())).hasSize(49);
    }

    @Test
    @WithUserDetails("organizer")
    void aCampWithoutANameIsNotCreatedAndTheFieldSaysWhy() {
        int before = camps.list().size();
        var view = navigate(NewCampView.class);

        test(view.create).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo(view.getTranslation("camp.error.nameRequired"));
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(camps.list()).hasSize(before);
    }
}
