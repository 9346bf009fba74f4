package org.campfair.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class PreferencesViewTest extends SpringBrowserlessTest {

    static final String USER = "prefs-view-participant";

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    PreferenceService preferences;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private long campId;
    private Participant me;

    @BeforeEach
    void linkTheAccountToAFreshParticipant() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        me = participants.listByCamp(campId).getFirst();
        if (!accounts.exists(USER)) {
            accounts.create(USER, "a-long-password", Role.PARTICIPANT, null, null);
        }
        jdbc.sql("update app_user set participant_id = ? where username = ?").params(me.id(), USER).update();
    }

    private String text(PreferencesView view, String key) {
        return Translations.text(view.getUI().orElseThrow().getLocale(), key);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void beforePublicationSavingAppliesAtOnce() {
        var view = navigate(PreferencesView.class);
        assertThat(view.form.arrivesOn.getValue()).isEqualTo(me.arrivesOn());
        assertThat(view.howItWorks.getText()).isEqualTo(text(view, "me.preferences.beforePublication"));
        var task = view.form.likedTasks.getListDataView().getItems().filter(t -> !view.form.dislikedTasks.getValue()
                .contains(t)).findFirst().orElseThrow();

        test(view.form.intensityComfort).selectItem(view.form.intensityComfort.getItemLabelGenerator()
                .apply(Intensity.LIGHT));
        view.form.likedTasks.setValue(Set.of(task));
        test(view.save).click();

        assertThat(view.result.getText()).isEqualTo(text(view, "me.saved"));
        assertThat(preferences.of(me.id()).intensityComfort()).isEqualTo(Intensity.LIGHT);
        assertThat(preferences.of(me.id()).likedTasks()).containsExactly(task);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void problemsShowNextToTheirFields() {
        var view = navigate(PreferencesView.class);
        view.form.departsOn.setValue(me.arrivesOn().minusDays(1));
        view.form.arrivesOn.setValue(me.arrivesOn());
        test(view.save).click();

        assertThat(view.form.departsOn.isInvalid()).isTrue();
        assertThat(view.form.departsOn.getErrorMessage()).isEqualTo(text(view, "me.error.departsBeforeArrives"));
        assertThat(view.form.arrivesOn.isInvalid()).isFalse();
        assertThat(view.result.getText()).isEqualTo(text(view, "me.error.summary"));

        view.form.arrivesOn.clear();
        test(view.save).click();
        assertThat(view.form.arrivesOn.getErrorMessage()).isEqualTo(text(view, "me.error.required"));
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aChangeMadeMeanwhileIsReportedAsStale() {
        var view = navigate(PreferencesView.class);
        jdbc.sql("update participant set version = version + 1 where id = ?").param(me.id()).update();
        test(view.save).click();
        assertThat(view.result.getText()).isEqualTo(text(view, "me.error.stale"));
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void afterPublicationSavingSendsARequestWhoseStatusIsShown() {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        var view = navigate(PreferencesView.class);
        assertThat(view.howItWorks.getText()).isEqualTo(text(view, "me.preferences.afterPublication"));

        view.form.needsStepFree.setValue(true);
        test(view.save).click();

        assertThat(view.result.getText()).isEqualTo(text(view, "me.requested"));
        assertThat(test(view.requests).size()).isEqualTo(1);
        assertThat(test(view.requests).getCellText(0, 1)).isEqualTo(text(view, "me.requests.pending"));
        assertThat(preferences.of(me.id()).needsStepFree()).isEqualTo(me.needsStepFree());
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPendingChoiceStaysInTheFormMarkedAsWaitingForApproval() {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        var view = navigate(PreferencesView.class);
        assertThat(view.pendingNotice.isVisible()).isFalse();
        assertThat(view.form.pendingFields()).isEmpty();
        var now = view.form.intensityComfort.getValue();
        var wanted = now == Intensity.LIGHT ? Intensity.HEAVY : Intensity.LIGHT;

        view.form.intensityComfort.setValue(wanted);
        test(view.save).click();

        assertThat(view.form.intensityComfort.getValue()).isEqualTo(wanted);
        assertThat(view.pendingNotice.isVisible()).isTrue();
        assertThat(view.form.pendingFields()).containsExactly("intensityComfort");
        String until = text(view, "me.intensity." + now.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(view.form.intensityComfort.getHelperText())
                .isEqualTo(Translations.text(view.getUI().orElseThrow().getLocale(), "me.pending.field", until));
        assertThat(view.form.skills.getHelperText()).isEqualTo(text(view, "me.skillsHelp"));
        assertThat(preferences.of(me.id()).intensityComfort()).isEqualTo(now);

        var again = navigate(PreferencesView.class);
        assertThat(again.form.intensityComfort.getValue()).isEqualTo(wanted);
        assertThat(again.form.pendingFields()).containsExactly("intensityComfort");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void savingTwiceAfterPublicationKeepsOneRequest() {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        var view = navigate(PreferencesView.class);

        view.form.needsStepFree.setValue(true);
        test(view.save).click();
        test(view.save).click();

        assertThat(test(view.requests).size()).isEqualTo(1);
        assertThat(preferences.requestsOf(me.id())).hasSize(1);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void moreThanTenBuddiesAreRefusedNextToTheField() {
        var before = preferences.of(me.id());
        var view = navigate(PreferencesView.class);
        var eleven = view.form.buddies.getListDataView().getItems().limit(11).collect(Collectors.toSet());

        view.form.buddies.setValue(eleven);
        test(view.save).click();

        assertThat(view.form.buddies.isInvalid()).isTrue();
        assertThat(view.form.buddies.getErrorMessage()).isEqualTo(text(view, "me.error.tooManyPeople"));
        assertThat(preferences.of(me.id())).as("nothing saved").isEqualTo(before);
    }
}
