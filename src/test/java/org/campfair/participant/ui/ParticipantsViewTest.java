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
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.editor.form.nickname.getValue()).isEqualTo("Kuma");
        assertThat(view.editor.form.legalName.getValue()).isEqualTo(kuma.legalName());
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
        view.editor.form.maxHoursPerDay.setValue(13);
        view.editor.form.email.setValue("not an email");
        test(view.editor.form.save).click();
        assertThat(view.editor.form.maxHoursPerDay.isInvalid()).isTrue();
        assertThat(view.editor.form.maxHoursPerDay.getErrorMessage()).isEqualTo(text(view, "participant.error.hours"));
        assertThat(view.editor.form.email.isInvalid()).isTrue();
        assertThat(participants.get(kuma.id()).maxHoursPerDay()).isEqualTo(kuma.maxHoursPerDay());

        view.editor.form.maxHoursPerDay.setValue(5);
        view.editor.form.email.setValue("kuma@example.org");
        test(view.editor.form.save).click();
        assertThat(view.editor.form.result.getText()).isEqualTo(text(view, "participant.saved", "Kuma"));
        assertThat(participants.get(kuma.id()).maxHoursPerDay()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("organizer")
    void anEditOverSomeoneElsesChangeGetsTheStaleMessage() {
        var view = open(kuma);
        jdbc.sql("update participant set version = version + 1 where id = ?").param(kuma.id()).update();
        view.editor.form.maxHoursPerDay.setValue(4);
        test(view.editor.form.save).click();
        assertThat(view.editor.form.result.getText()).isEqualTo(text(view, "participant.error.stale"));
    }

    @Test
    @WithUserDetails("organizer")
    void anInvitationLinkIsShownOnceAndWorks() {
        var view = open(kuma);
        assertThat(view.editor.invite.getText()).isEqualTo(text(view, "participant.invite.participant", "Kuma"));
        test(view.editor.invite).click();
        assertThat(view.editor.link.isVisible()).isTrue();
        String token = view.editor.link.getValue().substring(view.editor.link.getValue().lastIndexOf('/') + 1);
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
        // Only what changes, before → after, in words about the participant.
        var changes = grid.getCellComponent(0, 1).getChildren().map(item -> item.getElement().getText()).toList();
        assertThat(changes).contains("How hard they like to work: Heavy → Light", "Needs step-free access: no → yes")
                .noneMatch(line -> line.startsWith("Skills") || line.startsWith("Arrives")
                        || line.startsWith("Tasks they like"));
        var buttons = grid.getCellComponent(0, 2).getChildren().map(Button.class::cast).toList();
        test(buttons.getFirst()).click();

        assertThat(view.requests.result.getText()).isEqualTo(text(view, "participant.requests.accepted", "Kuma"));
        assertThat(preferences.of(kuma.id()).intensityComfort()).isEqualTo(Intensity.LIGHT);
        assertThat(preferences.pendingRequests(campId)).isEmpty();
    }

    @Test
    @WithUserDetails("organizer")
    void theEditorOpensBesideTheListAndCloseOrCancelBringsTheWholeListBack() {
        var view = open(kuma);
        assertThat(view.body.hasClassName("editing")).isTrue();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.editor.heading.getText()).isEqualTo("Kuma");

        test(view.editor.close).click();
        assertThat(view.editor.isVisible()).isFalse();
        assertThat(view.body.hasClassName("editing")).isFalse();
        assertThat(view.grid.getSelectedItems()).isEmpty();

        test(view.grid).select(0);
        var first = view.grid.getListDataView().getItem(0);
        assertThat(view.editor.isVisible()).isTrue();
        view.editor.form.maxHoursPerDay.setValue(first.maxHoursPerDay() == 3 ? 4 : 3);
        test(view.editor.form.cancel).click();
        assertThat(view.editor.isVisible()).isFalse();
        assertThat(participants.get(first.id()).maxHoursPerDay()).isEqualTo(first.maxHoursPerDay());
    }

    @Test
    @WithUserDetails("organizer")
    void theOrganizersFormSpeaksAboutTheParticipantNotAsThem() {
        var form = open(kuma).editor.form;

        assertThat(form.intensity.getLabel()).isEqualTo("How hard they like to work");
        assertThat(form.privateRoom.getLabel()).isEqualTo("Needs a private room");
        assertThat(form.stepFree.getLabel()).isEqualTo("Needs step-free access");
        // Japanese labels such as 個室が必要 name no one and serve both; Korean ones are sentences in the first person.
        assertThat(Translations.text(Translations.KOREAN, "participant.field.needsPrivateRoom"))
                .isNotEqualTo(Translations.text(Translations.KOREAN, "me.needsPrivateRoom"));
        for (var language : Translations.LANGUAGES) {
            for (var field : Preferences.class.getRecordComponents()) {
                assertThat(Translations.text(language, ChangeRequestsPanel.labelKey(field.getName())))
                        .as(field.getName()).doesNotStartWith("!");
            }
            assertThat(Translations.text(language, "participant.field.intensityComfort"))
                    .isNotEqualTo(Translations.text(language, "me.intensityComfort"));
        }
    }

    @Test
    @WithUserDetails("organizer")
    void copyPutsTheWholeLinkOnTheClipboardAndSaysCopied() {
        var view = open(kuma);
        test(view.editor.invite).click();
        String link = view.editor.link.getValue();
        roundTrip();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test(view.editor.link.copy).click();
        // Element.executeJs is queued until the response to the browser is written.
        roundTrip();

        var copying = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("navigator.clipboard.writeText"))
                .findFirst().orElseThrow();
        assertThat(copying.getInvocation().getParameters()).contains(link);
        copying.complete(tools.jackson.databind.node.BooleanNode.TRUE);
        assertThat(view.editor.link.copied.getText()).isEqualTo(text(view, "app.link.copied"));
        assertThat(view.editor.link.copied.getElement().getAttribute("aria-live")).isEqualTo("polite");

        test(view.editor.link.copy).click();
        roundTrip();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("navigator.clipboard.writeText"))
                .findFirst().orElseThrow().complete(tools.jackson.databind.node.BooleanNode.FALSE);
        assertThat(view.editor.link.copied.getText()).isEqualTo(text(view, "app.link.copyByHand"));
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
