package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.campfair.participant.ChangeRequest;
import org.campfair.participant.ParticipantRoutes;
import org.campfair.participant.PreferenceService;
import org.campfair.participant.PreferencesRejectedException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.security.AccountService;

/**
 * A participant's own preferences. Before publication saving applies them; afterwards it
 * sends a change request to the organizer, whose status is listed below the form.
 */
@Route(ParticipantRoutes.MY_PREFERENCES)
@RolesAllowed("PARTICIPANT")
class PreferencesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("me.preferences.title"));
    final Paragraph howItWorks = new Paragraph();
    /** Shown while a change request waits: the form then shows what was asked for, marked field by field. */
    final Paragraph pendingNotice = new Paragraph(getTranslation("me.pending.notice"));
    final PreferencesForm form = new PreferencesForm();
    final Button save = new Button(getTranslation("me.save"));
    final Paragraph result = new Paragraph();
    final Grid<ChangeRequest> requests = new Grid<>(ChangeRequest.class, false);

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final PreferenceService preferences;
    private long participantId;
    private int readVersion;

    PreferencesView(AuthenticationContext authentication, AccountService accounts, PreferenceService preferences) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.preferences = preferences;
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var dates = DateFormats.of(getLocale());
        requests.addColumn(r -> dates.dateTime(r.requestedAt(), ZoneId.systemDefault()))
                .setHeader(getTranslation("me.requests.requestedAt"));
        requests.addColumn(r -> switch (r.status()) {
            case PENDING -> getTranslation("me.requests.pending");
            case ACCEPTED -> getTranslation("me.requests.accepted");
            case DECLINED -> getTranslation("me.requests.declined");
        }).setHeader(getTranslation("me.requests.status"));
        requests.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.preferences.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        var linked = authentication.getPrincipalName().flatMap(accounts::participantOf);
        if (linked.isEmpty()) {
            add(new Paragraph(getTranslation("me.notLinked")));
            return;
        }
        participantId = linked.get();
        load();
        add(howItWorks, pendingNotice, form, save, result, new H2(getTranslation("me.requests.title")), requests);
    }

    /**
     * The preferences in force, or, while a change request waits, what the participant asked
     * for: their choice stays in view, each changed field marked with the value until approval.
     */
    private void load() {
        readVersion = preferences.versionOf(participantId);
        var current = preferences.of(participantId);
        var sent = preferences.requestsOf(participantId);
        var pending = sent.stream().filter(r -> r.status() == ChangeRequest.Status.PENDING).findFirst();
        form.show(pending.map(ChangeRequest::wanted).orElse(current), preferences.choicesFor(participantId));
        form.markPending(pending.map(r -> new PreferenceChanges(this, getLocale()).between(current, r.wanted()))
                .orElse(List.of()));
        pendingNotice.setVisible(pending.isPresent());
        howItWorks.setText(getTranslation(preferences.published(participantId) ? "me.preferences.afterPublication"
                : "me.preferences.beforePublication"));
        requests.setItems(sent);
    }

    private void save() {
        form.clearProblems();
        result.setText("");
        if (!form.requiredFilled()) {
            result.setText(getTranslation("me.error.summary"));
            return;
        }
        try {
            var outcome = preferences.submit(participantId, form.read(), readVersion);
            load();
            result.setText(getTranslation(outcome.applied() ? "me.saved" : "me.requested"));
        } catch (PreferencesRejectedException rejected) {
            rejected.problems().forEach((field, key) -> form.showProblem(field, getTranslation(key)));
            result.setText(getTranslation("me.error.summary"));
        } catch (StaleRecordException stale) {
            result.setText(getTranslation("me.error.stale"));
        }
    }
}
