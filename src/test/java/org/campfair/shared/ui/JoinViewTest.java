package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.InvitationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampfairIntegrationTest
class JoinViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;

    @Test
    void anInviteePicksAUsernameAndPasswordAndIsLinked() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var invitee = participants.listByCamp(campId).getFirst();
        String token = invitations.inviteParticipant(campId, invitee.id());

        var view = navigate("join/" + token, JoinView.class);
        assertThat(view.intro.getText()).contains(invitee.nickname());

        String username = "j" + UUID.randomUUID().toString().substring(0, 8);
        view.form.username.setValue(username);
        view.form.password.setValue("a-long-password");
        view.form.repeat.setValue("a-different-one");
        test(view.form.create).click();
        assertThat(view.form.repeat.isInvalid()).isTrue();

        view.form.repeat.setValue("a-long-password");
        view.form.username.setValue("organizer");
        test(view.form.create).click();
        assertThat(view.form.username.getErrorMessage()).isEqualTo(Translations.text(view.getUI().orElseThrow().getLocale(), "login.join.usernameTaken"));

        view.form.username.setValue(username);
        test(view.form.create).click();
        assertThat(accounts.participantOf(username)).contains(invitee.id());

        var again = navigate("join/" + token, JoinView.class);
        assertThat(again.getChildren().filter(c -> c == again.form)).isEmpty();
    }

    @Test
    void anUnknownLinkSaysSoWithoutAForm() {
        var view = navigate("join/nothing-here", JoinView.class);
        assertThat(view.form.getParent()).isEmpty();
    }
}
