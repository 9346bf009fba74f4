package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campfair.participant.ChangeRequest;
import org.campfair.participant.PreferenceService;
import org.campfair.participant.Preferences;
import org.campfair.participant.PreferencesRejectedException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.i18n.DateFormats;

/** Participants' change requests after publication: the organizer accepts (applies) or declines each. */
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
        requests.addColumn(r -> summary(r.wanted())).setHeader(getTranslation("participant.requests.wanted"))
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

    private String summary(Preferences p) {
        var dates = DateFormats.of(getLocale());
        return getTranslation("participant.requests.summary", dates.day(p.arrivesOn()), dates.day(p.departsOn()),
                p.unavailableDays().stream().map(dates::day).toList(), p.likedTasks(), p.dislikedTasks(),
                p.buddies(), p.avoids(), p.skills());
    }
}
