package org.campfair.participant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
 * An organizer's participants of one camp: a grid to filter and sort and, beside it, the editor
 * of the one chosen (?participant=id opens it) until it is closed; on a narrow screen the
 * editor takes the grid's place instead (campfair.css, {@code .participants-body.editing}).
 * Above them, pending change requests and host invitations. Only organizers of the camp get
 * here (the camp guard answers 404 to everyone else).
 */
@Route(ParticipantRoutes.PARTICIPANTS)
@RolesAllowed("ORGANIZER")
class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("participant.list.title"));
    final TextField filter = new TextField();
    final Grid<Participant> grid = new Grid<>(Participant.class, false);
    final ParticipantEditor editor;
    final ChangeRequestsPanel requests;
    final InvitePanel invite;
    final Div body = new Div();

    private final ParticipantService participants;
    private long campId;

    ParticipantsView(ParticipantService participants, PreferenceService preferences, InvitationService invitations) {
        this.participants = participants;
        this.editor = new ParticipantEditor(participants, invitations, saved -> refresh(), this::close);
        this.requests = new ChangeRequestsPanel(preferences, this::refresh);
        this.invite = new InvitePanel(invitations);
        setWidthFull();
        filter.setPlaceholder(getTranslation("participant.list.filter"));
        filter.setAriaLabel(getTranslation("participant.list.filterLabel"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.setMaxWidth("24rem");
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(change -> applyFilter());
        var dates = DateFormats.of(getLocale());
        // Widths of their own where the header is wider than the values: the grid's auto width
        // leaves out the sort arrows, which cut "Nickname" and "Returning" beside the editor.
        grid.addColumn(Participant::nickname).setHeader(getTranslation("participant.nickname")).setSortable(true)
                .setComparator(Comparator.comparing(Participant::nickname, String.CASE_INSENSITIVE_ORDER))
                .setWidth("11em").setFlexGrow(0).setFrozen(true);
        grid.addColumn(Participant::legalName).setHeader(getTranslation("participant.legalName")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(Participant::email).setHeader(getTranslation("participant.email")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(p -> dates.day(p.arrivesOn())).setHeader(getTranslation("participant.field.arrivesOn"))
                .setComparator(Participant::arrivesOn).setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> dates.day(p.departsOn())).setHeader(getTranslation("participant.field.departsOn"))
                .setComparator(Participant::departsOn).setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> p.returning() ? getTranslation("participant.returning") : "")
                .setHeader(getTranslation("participant.returning")).setSortable(true).setWidth("10em")
                .setFlexGrow(0);
        grid.addClassName("participants-list");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(change.getValue());
            } else if (change.isFromClient()) {
                close();
            }
        });
        body.addClassName("participants-body");
        body.add(grid, editor);
        add(title, requests, invite, filter, body);
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
        editor.edit(campId, p);
        body.addClassName("editing");
        // Where the editor has just replaced the list (the narrow layout of campfair.css), start
        // reading it from its top; beside the list on a wide screen, the page stays where it is.
        editor.getElement().executeJs("if (window.matchMedia('(max-width: 900px)').matches) this.scrollIntoView()");
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                ParticipantRoutes.participant(campId, p.id())));
    }

    /** Back to the whole list; unsaved changes in the form are dropped. */
    void close() {
        editor.setVisible(false);
        body.removeClassName("editing");
        grid.deselectAll();
        grid.focus();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                ParticipantRoutes.participants(campId)));
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
