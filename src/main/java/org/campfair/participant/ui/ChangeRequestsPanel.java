package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campfair.participant.ChangeRequest;
import org.campfair.participant.PreferenceService;
import org.campfair.participant.PreferencesRejectedException;
import org.campfair.shared.StaleRecordException;

/**
 * Participants' change requests after publication: what each would change (only the changed
 * fields, now → wanted), and the organizer accepts (applies) or declines it.
 */
class ChangeRequestsPanel extends VerticalLayout {

    final Grid<ChangeRequest> requests = new Grid<>(ChangeRequest.class, false);
    final Paragraph result = new Paragraph();

    private final PreferenceService preferences;
    private final Runnable changed;
    private long campId;

    ChangeRequestsPanel(PreferenceService preferences, Runnable changed) {
        this.preferences = preferences;
        this.changed = changed;
        setPadding(false);
        requests.addColumn(ChangeRequest::nickname).setHeader(getTranslation("participant.nickname")).setAutoWidth(true);
        requests.addComponentColumn(this::changes).setHeader(getTranslation("participant.requests.wanted"))
                .setFlexGrow(3);
        requests.addComponentColumn(r -> {
            var accept = new Button(getTranslation("participant.requests.accept"), click -> decide(r, true));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var decline = new Button(getTranslation("participant.requests.decline"), click -> decide(r, false));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(accept, decline);
        }).setAutoWidth(true);
        requests.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.setAllRowsVisible(true);
        add(new H2(getTranslation("participant.requests.title")), requests, result);
    }

    void show(long campId) {
        this.campId = campId;
        var pending = preferences.pendingRequests(campId);
        requests.setItems(pending);
        setVisible(!pending.isEmpty() || !result.getText().isEmpty());
    }

    private void decide(ChangeRequest request, boolean accept) {
        try {
            if (accept) {
                preferences.accept(request);
                result.setText(getTranslation("participant.requests.accepted", request.nickname()));
            } else {
                preferences.decline(request);
                result.setText(getTranslation("participant.requests.declined", request.nickname()));
            }
            changed.run();
        } catch (StaleRecordException stale) {
            result.setText(getTranslation("participant.error.stale"));
        } catch (PreferencesRejectedException rejected) {
            result.setText(getTranslation("participant.requests.noLongerValid", String.join(", ",
                    rejected.problems().keySet())));
        }
        show(campId);
    }

    /** The organizer's label of a {@link org.campfair.participant.Preferences} field: about the participant. */
    static String labelKey(String field) {
        return "participant.field." + field;
    }

    /** The fields the request changes, each "label: now → wanted", against the participant's preferences now. */
    UnorderedList changes(ChangeRequest request) {
        var list = new UnorderedList();
        list.addClassName("preference-changes");
        var changed = new PreferenceChanges(this, getLocale()).between(preferences.of(request.participantId()), request.wanted());
        if (changed.isEmpty()) {
            list.add(new ListItem(getTranslation("participant.change.nothing")));
        }
        for (var change : changed) {
            list.add(new ListItem(getTranslation("participant.change.line",
                    getTranslation(labelKey(change.field())), change.before(), change.after())));
        }
        return list;
    }
}
