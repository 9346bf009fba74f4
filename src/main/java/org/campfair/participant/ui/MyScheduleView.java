package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.calendar.FeedTokenService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.shared.security.AccountService;

/** A participant's own published schedule, where they sleep, and their calendar feed. */
@Route("me")
@PageTitle("My schedule · Campfair")
@RolesAllowed("PARTICIPANT")
class MyScheduleView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2("My schedule");
    final Paragraph stay = new Paragraph();
    final Anchor calendarFeed = new Anchor();
    final Button newLink = new Button("Get a new link (the old one stops working)");
    final Grid<PublishedShift> shifts = new Grid<>(PublishedShift.class, false);

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final ParticipantService participants;
    private final PublishedRosterService published;
    private final FeedTokenService feeds;
    private long shownParticipant;

    MyScheduleView(AuthenticationContext authentication, AccountService accounts, ParticipantService participants,
            PublishedRosterService published, FeedTokenService feeds) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.participants = participants;
        this.published = published;
        this.feeds = feeds;
        setSizeFull();
        newLink.addClickListener(click -> calendarFeed.setHref("/feeds/" + feeds.reissue(shownParticipant) + ".ics"));
        shifts.addColumn(PublishedShift::day).setHeader("Day").setAutoWidth(true);
        shifts.addColumn(s -> s.start() + "–" + s.end()).setHeader("Time").setAutoWidth(true);
        shifts.addColumn(PublishedShift::task).setHeader("Task");
        shifts.addColumn(PublishedShift::site).setHeader("Where");
        shifts.addColumn(s -> s.lead() == null ? "" : s.lead()).setHeader("Lead");
        shifts.addColumn(PublishedShift::whatToBring).setHeader("Bring");
        shifts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** Reads the schedule on every visit, so a new publication shows at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        var participantId = authentication.getPrincipalName().flatMap(accounts::participantOf);
        if (participantId.isEmpty()) {
            add(new Paragraph("This account is not linked to a camp participant yet; ask your organizer."));
            return;
        }
        long id = participantId.get();
        title.setText("My schedule, " + participants.get(id).nickname());
        var shiftList = published.shiftsOf(id);
        stay.setText(published.stayOf(id)
                .map(s -> "You stay in " + s.house() + ", " + s.room() + " (bed " + s.bed() + "), " + s.arrivesOn()
                        + " to " + s.departsOn() + ".")
                .orElse(shiftList.isEmpty() ? "Your organizer has not published the roster yet." : ""));
        calendarFeed.setText("Calendar feed: add this link to your calendar app");
        calendarFeed.setHref("/feeds/" + feeds.tokenFor(id) + ".ics");
        shownParticipant = id;
        shifts.setItems(shiftList);
        add(stay, calendarFeed, newLink, shifts);
        setFlexGrow(1, shifts);
    }
}
