package org.campfair.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.calendar.CalendarRoutes;
import org.campfair.calendar.FeedPaths;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.ReminderSettings;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.shared.security.AccountService;
import org.jspecify.annotations.Nullable;

/**
 * A participant's own published schedule, where they sleep, their calendar feed and its
 * reminders. Here rather than in participant, which sits below roster and calendar.
 */
@Route(CalendarRoutes.MY_SCHEDULE)
@RolesAllowed("PARTICIPANT")
class MyScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    final H1 title = new H1();
    final Paragraph stay = new Paragraph();
    final Anchor calendarFeed = new Anchor();
    final Button newLink = new Button();
    final Grid<PublishedShift> shifts = new Grid<>(PublishedShift.class, false);
    @Nullable ReminderChoice reminders;

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final ParticipantService participants;
    private final PublishedRosterService published;
    private final FeedTokenService feeds;
    private final ReminderSettings reminderSettings;
    private long shownParticipant;

    MyScheduleView(AuthenticationContext authentication, AccountService accounts, ParticipantService participants,
            PublishedRosterService published, FeedTokenService feeds, ReminderSettings reminderSettings) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.participants = participants;
        this.published = published;
        this.feeds = feeds;
        this.reminderSettings = reminderSettings;
        setSizeFull();
        newLink.addClickListener(click -> calendarFeed.setHref(FeedPaths.path(feeds.reissue(shownParticipant))));
        shifts.addColumn(PublishedShift::day).setKey("day").setAutoWidth(true);
        shifts.addColumn(s -> s.start() + "–" + s.end()).setKey("time").setAutoWidth(true);
        shifts.addColumn(PublishedShift::task).setKey("task");
        shifts.addColumn(PublishedShift::site).setKey("where");
        shifts.addColumn(s -> s.lead() == null ? "" : s.lead()).setKey("lead");
        shifts.addColumn(PublishedShift::whatToBring).setKey("bring");
        shifts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** Texts that do not depend on the participant, in the UI's language (also when it changes). */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        newLink.setText(getTranslation("me.newLink"));
        shifts.getColumnByKey("day").setHeader(getTranslation("me.column.day"));
        shifts.getColumnByKey("time").setHeader(getTranslation("me.column.time"));
        shifts.getColumnByKey("task").setHeader(getTranslation("me.column.task"));
        shifts.getColumnByKey("where").setHeader(getTranslation("me.column.where"));
        shifts.getColumnByKey("lead").setHeader(getTranslation("me.column.lead"));
        shifts.getColumnByKey("bring").setHeader(getTranslation("me.column.bring"));
    }

    /** Reads the schedule on every visit, so a new publication shows at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title.setText(getTranslation("me.title"));
        add(title);
        var participantId = authentication.getPrincipalName().flatMap(accounts::participantOf);
        if (participantId.isEmpty()) {
            add(new Paragraph(getTranslation("me.notLinked")));
            return;
        }
        long id = participantId.get();
        title.setText(getTranslation("me.titleOf", participants.get(id).nickname()));
        var shiftList = published.shiftsOf(id);
        stay.setText(published.stayOf(id)
                .map(s -> getTranslation("me.stay", s.house(), s.room(), s.bed(), s.arrivesOn().toString(),
                        s.departsOn().toString()))
                .orElse(shiftList.isEmpty() ? getTranslation("me.notPublished") : ""));
        calendarFeed.setText(getTranslation("me.calendarFeed"));
        calendarFeed.setHref(FeedPaths.path(feeds.tokenFor(id)));
        shownParticipant = id;
        shifts.setItems(shiftList);
        reminders = new ReminderChoice(reminderSettings, id);
        add(stay, calendarFeed, newLink, reminders, shifts);
        setFlexGrow(1, shifts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.pageTitle");
    }
}
