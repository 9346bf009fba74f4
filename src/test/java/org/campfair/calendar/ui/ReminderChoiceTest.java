package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.ReminderSettings;
import org.campfair.calendar.Reminders;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CampfairIntegrationTest
@WithMockUser(roles = "PARTICIPANT")
class ReminderChoiceTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    ReminderSettings settings;

    private long participantId;
    private ReminderChoice choice;

    @BeforeEach
    void showTheDefaultChoice() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        participantId = participants.listByCamp(campId).getFirst().id();
        choice = new ReminderChoice(settings, participantId);
        UI.getCurrent().add(choice);
    }

    @Test
    void theDefaultIsTheEveningBeforeAndAnHourBefore() {
        assertThat(choice.eveningBefore.getValue()).isTrue();
        assertThat(choice.hourBefore.getValue()).isTrue();
        assertThat(choice.custom.getValue()).isFalse();
        assertThat(choice.minutes.isEnabled()).isFalse();
    }

    @Test
    void customMinutesAreSavedBesideTheOtherChoices() {
        test(choice.eveningBefore).click();
        test(choice.custom).click();
        test(choice.minutes).setValue(30);

        test(choice.save).click();

        assertThat(settings.of(participantId)).isEqualTo(new Reminders(false, List.of(60, 30)));
        var shownAgain = new ReminderChoice(settings, participantId);
        assertThat(shownAgain.custom.getValue()).isTrue();
        assertThat(shownAgain.minutes.getValue()).isEqualTo(30);
        assertThat(shownAgain.eveningBefore.getValue()).isFalse();
    }

    @Test
    void nothingTickedMeansNoReminders() {
        test(choice.eveningBefore).click();
        test(choice.hourBefore).click();

        test(choice.save).click();

        assertThat(settings.of(participantId)).isEqualTo(new Reminders(false, List.of()));
    }

    @Test
    void customTickedWithoutMinutesIsRefusedWithAMessageAndNotSaved() {
        test(choice.custom).click();

        test(choice.save).click();

        assertThat(choice.minutes.isInvalid()).isTrue();
        assertThat(choice.minutes.getErrorMessage()).isEqualTo("Enter a number of minutes from 5 to 10080");
        assertThat(settings.of(participantId)).isEqualTo(Reminders.DEFAULT);
    }

    @Test
    void aLeadTimeUnderFiveMinutesIsRefusedNextToTheFieldAndNotSaved() {
        test(choice.custom).click();
        choice.minutes.setValue(3);

        test(choice.save).click();

        assertThat(choice.minutes.isInvalid()).isTrue();
        assertThat(choice.minutes.getErrorMessage()).isEqualTo("Enter a number of minutes from 5 to 10080");
        assertThat(settings.of(participantId)).isEqualTo(Reminders.DEFAULT);
    }
}
