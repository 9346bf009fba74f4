package org.campfair.calendar.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.calendar.FeedLinks;
import org.campfair.camp.CampService;
import org.campfair.shared.NotFoundException;

/**
 * Every calendar link of a camp for the organizer, to pass on or to replace: the whole
 * camp's (for organizers), each host village's and house's, and each participant's.
 * Re-issuing or revoking stops the old link at once (it then answers 404, as if it never
 * existed).
 */
@Route("camps/:campId/calendars")
@RolesAllowed("ORGANIZER")
class CalendarLinksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2(getTranslation("calendar.links.title"));
    final FeedLinkGrid campFeeds;
    final FeedLinkGrid participantFeeds;

    private final CampService camps;
    private final FeedLinks links;

    CalendarLinksView(CampService camps, FeedLinks links) {
        this.camps = camps;
        this.links = links;
        this.campFeeds = new FeedLinkGrid(links, true);
        this.participantFeeds = new FeedLinkGrid(links, false);
        setSizeFull();
        campFeeds.setAllRowsVisible(true);
        add(title, new Paragraph(getTranslation("calendar.links.intro")),
                new H3(getTranslation("calendar.links.campFeeds")), campFeeds,
                new H3(getTranslation("calendar.links.participantFeeds")), participantFeeds);
        setFlexGrow(1, participantFeeds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long campId = Long.parseLong(event.getRouteParameters().get("campId").orElse(""));
            title.setText(getTranslation("calendar.links.titleOf", camps.get(campId).name()));
            campFeeds.show(links.ofCamp(campId));
            participantFeeds.show(links.ofParticipants(campId));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("calendar.links.noCamp"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.links.pageTitle");
    }
}
