package org.campfair.camp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.housing.HousingService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.i18n.Translations;
import org.campfair.task.TaskRoutes;
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
    void theDatePickersSpeakJapaneseAndKeepTheFormsOwnMessages() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var japanese = navigate(NewCampView.class).form;

        assertThat(japanese.startsOn.getLocale()).isEqualTo(Locale.JAPANESE);
        assertThat(japanese.startsOn.getI18n().getMonthNames()).startsWith("1月", "2月");
        assertThat(japanese.startsOn.getI18n().getWeekdaysShort()).startsWith("日", "月");
        assertThat(japanese.startsOn.getI18n().getToday()).isEqualTo("今日");
        assertThat(japanese.endsOn.getI18n().getCancel()).isEqualTo("キャンセル");
        assertThat(japanese.endsOn.getI18n().getMinErrorMessage())
                .isEqualTo(Translations.text(Locale.JAPANESE, "camp.error.endBeforeStart"));
    }

    @Test
    @WithUserDetails("organizer")
    void theDatePickersSpeakKorean() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        var korean = navigate(NewCampView.class).form;

        assertThat(korean.endsOn.getLocale()).isEqualTo(Locale.KOREAN);
        assertThat(korean.endsOn.getI18n().getMonthNames()).startsWith("1월", "2월");
        assertThat(korean.endsOn.getI18n().getWeekdays()).startsWith("일요일", "월요일");
        assertThat(korean.endsOn.getI18n().getToday()).isEqualTo("오늘");
    }

    @Test
    @WithUserDetails("organizer")
    void anOrganizerStartsNextYearsCampFromLastYearsIsToldSoAndLandsOnItsTasks() {
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

        // By route: camp does not know the tasks page's view class.
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TaskSetupView");
        assertThat(test($(Notification.class).single()).getText())
                .isEqualTo(view.getTranslation("camp.new.copied", name, lastYear.name()));
        var created = camps.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.startsOn()).isEqualTo(LocalDate.of(2028, 10, 30));
        assertThat(tasks.shifts(created.id())).hasSize(171);
        assertThat(housing.beds(created.id())).hasSize(49);
    }

    @Test
    @WithUserDetails("organizer")
    void aNewEmptyCampIsConfirmedAndItsTasksPageSaysWhereToBegin() {
        var view = navigate(NewCampView.class);
        String name = "Empty camp " + System.nanoTime();

        test(view.form.name).setValue(name);
        test(view.create).click();

        assertThat(test($(Notification.class).single()).getText())
                .isEqualTo(view.getTranslation("camp.new.created", name));
        var created = camps.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(TaskRoutes.tasks(created.id()));
        var next = $(Paragraph.class).withClassName("next-step").single();
        assertThat(next.isVisible()).isTrue();
        assertThat(next.getText()).isEqualTo(view.getTranslation("task.next.villages"));
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
        assertThat($(Notification.class).all()).isEmpty();
    }
}
