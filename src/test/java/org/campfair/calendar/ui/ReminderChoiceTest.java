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
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.TestSecurityContextHolder;

@CampfairIntegrationTest
class ReminderChoiceTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    ReminderSettings settings;
    @Autowired
    AccountService accounts;

    private long participantId;
    private ReminderChoice choice;

    /** The participant's own account is signed in: reminders are theirs (or their organizers') to choose. */
    @BeforeEach
    void showTheDefaultChoice() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        participantId = participants.listByCamp(campId).getFirst().id();
        String username = "reminders-" + participantId;
        accounts.create(username, "a-good-long-password", Role.PARTICIPANT, participantId, null);
        TestSecurityContextHolder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT"))));
        choice = new ReminderChoice(settings, participantId);
        UI.getCurrent().add(choice);
    }

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
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
