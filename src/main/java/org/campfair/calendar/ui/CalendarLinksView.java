package org.campfair.calendar.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.calendar.CalendarRoutes;
import org.campfair.calendar.FeedLinks;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;

/**
 * Every calendar link of a camp for the organizer, to pass on or to replace: the whole
 * camp's (for organizers), each host village's and house's, and each participant's.
 * Re-issuing or revoking stops the old link at once (it then answers 404, as if it never
 * existed).
 */
@Route(CalendarRoutes.CALENDARS)
@RolesAllowed("ORGANIZER")
class CalendarLinksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("calendar.links.title"));
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
                new H2(getTranslation("calendar.links.campFeeds")), campFeeds,
                new H2(getTranslation("calendar.links.participantFeeds")), participantFeeds);
        setFlexGrow(1, participantFeeds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CampRoutes.campOf(event, camps, "calendar.links.noCamp").ifPresent(camp -> {
            title.setText(getTranslation("calendar.links.titleOf", camp.name()));
            campFeeds.show(links.ofCamp(camp.id()));
            participantFeeds.show(links.ofParticipants(camp.id()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.links.pageTitle");
    }
}
