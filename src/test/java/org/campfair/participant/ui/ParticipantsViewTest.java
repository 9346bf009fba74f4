package org.campfair.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.participant.Preferences;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.security.Role;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class ParticipantsViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    PreferenceService preferences;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private long campId;
    private Participant kuma;

    @BeforeEach
    void freshCamp() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        kuma = participants.listByCamp(campId).stream().filter(p -> p.nickname().equals("Kuma")).findFirst()
                .orElseThrow();
    }

    private ParticipantsView open(Participant p) {
        navigate("camps/" + campId + "/participants", ParticipantsView.class);
        UI.getCurrent().navigate("camps/" + campId + "/participants",
                QueryParameters.of("participant", String.valueOf(p.id())));
        return (ParticipantsView) getCurrentView();
    }

    private String text(Component view, String key, Object... args) {
        return Translations.text(view.getUI().orElseThrow().getLocale(), key, args);
    }

    @Test
    @WithUserDetails("organizer")
    void theQueryParameterOpensOneAndTheGridFiltersAndSorts() {
        var view = open(kuma);
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.nickname.getValue()).isEqualTo("Kuma");
        assertThat(view.form.legalName.getValue()).isEqualTo(kuma.legalName());
        assertThat(test(view.grid).size()).isEqualTo(40);

        view.filter.setValue("kuma@");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Kuma");
        view.filter.clear();
        assertThat(view.grid.getColumns()).allMatch(column -> column.isSortable());
    }

    @Test
    @WithUserDetails("organizer")
    void validationMessagesSitNextToTheFieldsAndAGoodEditIsSaved() {
        var view = open(kuma);
        view.form.maxHoursPerDay.setValue(13);
        view.form.email.setValue("not an email");
        test(view.form.save).click();
        assertThat(view.form.maxHoursPerDay.isInvalid()).isTrue();
        assertThat(view.form.maxHoursPerDay.getErrorMessage()).isEqualTo(text(view, "participant.error.hours"));
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(participants.get(kuma.id()).maxHoursPerDay()).isEqualTo(kuma.maxHoursPerDay());

        view.form.maxHoursPerDay.setValue(5);
        view.form.email.setValue("kuma@example.org");
        test(view.form.save).click();
        assertThat(view.form.result.getText()).isEqualTo(text(view, "participant.saved", "Kuma"));
        assertThat(participants.get(kuma.id()).maxHoursPerDay()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("organizer")
    void anEditOverSomeoneElsesChangeGetsTheStaleMessage() {
        var view = open(kuma);
        jdbc.sql("update participant set version = version + 1 where id = ?").param(kuma.id()).update();
        view.form.maxHoursPerDay.setValue(4);
        test(view.form.save).click();
        assertThat(view.form.result.getText()).isEqualTo(text(view, "participant.error.stale"));
    }

    @Test
    @WithUserDetails("organizer")
    void anInvitationLinkIsShownOnceAndWorks() {
        var view = open(kuma);
        test(view.invite.inviteParticipant).click();
        assertThat(view.invite.link.isVisible()).isTrue();
        String token = view.invite.link.getValue().substring(view.invite.link.getValue().lastIndexOf('/') + 1);
        assertThat(invitations.open(token)).hasValueSatisfying(i -> assertThat(i.linksTo()).isEqualTo("Kuma"));

        view.invite.village.setValue(view.invite.village.getListDataView().getItem(0));
        test(view.invite.inviteHost).click();
        String hostToken = view.invite.link.getValue().substring(view.invite.link.getValue().lastIndexOf('/') + 1);
        assertThat(invitations.open(hostToken)).hasValueSatisfying(i -> assertThat(i.role()).isEqualTo(Role.HOST));
    }

    @Test
    @WithUserDetails("organizer")
    void pendingChangeRequestsAreAcceptedFromTheList() {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        var now = preferences.of(kuma.id());
        preferences.submit(kuma.id(), new Preferences(now.arrivesOn(), now.departsOn(), List.of(), now.skills(),
                now.likedTasks(), now.dislikedTasks(), Intensity.LIGHT, now.needsPrivateRoom(), true, now.buddies(),
                now.avoids(), now.language()), null);

        var view = open(kuma);
        assertThat(view.requests.isVisible()).isTrue();
        var grid = test(view.requests.requests);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Kuma");
        var buttons = grid.getCellComponent(0, 2).getChildren().map(Button.class::cast).toList();
        test(buttons.getFirst()).click();

        assertThat(view.requests.result.getText()).isEqualTo(text(view, "participant.requests.accepted", "Kuma"));
        assertThat(preferences.of(kuma.id()).intensityComfort()).isEqualTo(Intensity.LIGHT);
        assertThat(preferences.pendingRequests(campId)).isEmpty();
    }

    static final String OTHER_ORGANIZER = "organizer-of-nothing";

    @Test
    @WithUserDetails(value = OTHER_ORGANIZER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anOrganizerOfAnotherCampFindsNothingHere() {
        navigate("camps/" + campId + "/participants", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ParticipantsView.class);
    }

    @BeforeEach
    void otherOrganizer() {
        if (!accounts.exists(OTHER_ORGANIZER)) {
            accounts.create(OTHER_ORGANIZER, "a-long-password", Role.ORGANIZER, null, null);
        }
    }
}
