package org.campfair.participant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import org.campfair.camp.CampRoutes;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantRoutes;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.security.InvitationService;

/**
 * An organizer's participants of one camp: a grid to filter and sort, the form of the one
 * chosen (?participant=id opens it), invitation links, and pending change requests.
 * Only organizers of the camp get here (the camp guard answers 404 to everyone else).
 */
@Route(ParticipantRoutes.PARTICIPANTS)
@RolesAllowed("ORGANIZER")
class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("participant.list.title"));
    final TextField filter = new TextField();
    final Grid<Participant> grid = new Grid<>(Participant.class, false);
    final ParticipantForm form;
    final ChangeRequestsPanel requests;
    final InvitePanel invite;

    private final ParticipantService participants;
    private long campId;

    ParticipantsView(ParticipantService participants, PreferenceService preferences, InvitationService invitations) {
        this.participants = participants;
        this.form = new ParticipantForm(participants, saved -> refresh());
        this.requests = new ChangeRequestsPanel(preferences, this::refresh);
        this.invite = new InvitePanel(invitations);
        setSizeFull();
        filter.setPlaceholder(getTranslation("participant.list.filter"));
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(change -> applyFilter());
        var dates = DateFormats.of(getLocale());
        grid.addColumn(Participant::nickname).setHeader(getTranslation("participant.nickname")).setSortable(true)
                .setComparator(Comparator.comparing(Participant::nickname, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(Participant::legalName).setHeader(getTranslation("participant.legalName")).setSortable(true);
        grid.addColumn(Participant::email).setHeader(getTranslation("participant.email")).setSortable(true);
        grid.addColumn(p -> dates.day(p.arrivesOn())).setHeader(getTranslation("me.arrivesOn"))
                .setComparator(Participant::arrivesOn).setSortable(true);
        grid.addColumn(p -> dates.day(p.departsOn())).setHeader(getTranslation("me.departsOn"))
                .setComparator(Participant::departsOn).setSortable(true);
        grid.addColumn(p -> p.returning() ? getTranslation("participant.returning") : "")
                .setHeader(getTranslation("participant.returning")).setSortable(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(change.getValue());
            }
        });
        var top = new HorizontalLayout(filter, invite);
        top.setWidthFull();
        var body = new HorizontalLayout(grid, form);
        body.setSizeFull();
        body.setFlexGrow(2, grid);
        body.setFlexGrow(1, form);
        add(title, top, requests, body);
        setFlexGrow(1, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.list.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campId = event.getRouteParameters().getLong(CampRoutes.CAMP_ID).orElseThrow();
        refresh();
        invite.show(campId);
        event.getLocation().getQueryParameters().getSingleParameter(ParticipantRoutes.PARTICIPANT)
                .filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong)
                .flatMap(id -> participants.listByCamp(campId).stream().filter(p -> p.id() == id).findFirst())
                .ifPresent(p -> grid.select(p));
    }

    private void open(Participant p) {
        form.edit(p);
        invite.forParticipant(p);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                ParticipantRoutes.participant(campId, p.id())));
    }

    private void refresh() {
        grid.setItems(participants.listByCamp(campId));
        applyFilter();
        requests.show(campId);
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(p -> text.isEmpty()
                || p.nickname().toLowerCase(Locale.ROOT).contains(text)
                || p.legalName().toLowerCase(Locale.ROOT).contains(text)
                || p.email().toLowerCase(Locale.ROOT).contains(text));
    }
}
