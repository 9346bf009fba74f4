package org.campfair.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.campfair.calendar.FeedTokenService;
import org.campfair.camp.CampService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;

/**
 * Every participant's calendar link for the organizer, to pass on or to replace: re-issuing
 * revokes the old link at once (it then answers 404, as if it never existed).
 */
@Route("camps/:campId/calendars")
@PageTitle("Calendar links · Campfair")
@RolesAllowed("ORGANIZER")
class CalendarLinksView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2("Calendar links");
    final Grid<Participant> links = new Grid<>(Participant.class, false);

    private final CampService camps;
    private final ParticipantService participants;
    private final FeedTokenService tokens;
    private final Map<Long, String> shown = new HashMap<>();

    CalendarLinksView(CampService camps, ParticipantService participants, FeedTokenService tokens) {
        this.camps = camps;
        this.participants = participants;
        this.tokens = tokens;
        setSizeFull();
        links.addColumn(Participant::nickname).setHeader("Nickname").setSortable(true).setAutoWidth(true);
        links.addColumn(p -> shown.get(p.id())).setHeader("Calendar link").setFlexGrow(3);
        links.addComponentColumn(this::reissueButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        links.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(title, new Paragraph("Each link is a secret: whoever has it sees that person's shifts and stay. "
                + "Re-issue a link that was shared by mistake; the old one stops working at once."), links);
        setFlexGrow(1, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long campId = Long.parseLong(event.getRouteParameters().get("campId").orElse(""));
            title.setText("Calendar links · " + camps.get(campId).name());
            var people = participants.listByCamp(campId);
            shown.clear();
            people.forEach(p -> shown.put(p.id(), url(tokens.tokenFor(p.id()))));
            links.setItems(people);
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "No such camp");
        }
    }

    private Button reissueButton(Participant participant) {
        var button = new Button("Re-issue", click -> reissue(participant));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", "Re-issue the calendar link of " + participant.nickname());
        return button;
    }

    void reissue(Participant participant) {
        shown.put(participant.id(), url(tokens.reissue(participant.id())));
        links.getDataProvider().refreshItem(participant);
        Notification.show("New link for " + participant.nickname() + "; the old one no longer works");
    }

    private static String url(String token) {
        return "/feeds/" + token + ".ics";
    }
}
