package org.campfair.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
 * reminders. Here rather than in participant, which sits below roster and calendar. The
 * schedule comes first, one card per day ({@link ScheduleDayCard}), and the page scrolls as
 * a whole: participants read it on a phone.
 */
@Route(CalendarRoutes.MY_SCHEDULE)
@RolesAllowed("PARTICIPANT")
class MyScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    final H1 title = new H1();
    final H2 shiftsTitle = new H2();
    final Paragraph stay = new Paragraph();
    /** The day cards, in date order. */
    final Div days = new Div();
    final H2 calendarTitle = new H2();
    final Anchor calendarFeed = new Anchor();
    final Button newLink = new Button();
    /** Asked before the link is replaced: the calendar app subscribed to the old one stops updating. */
    final LinkConfirmation newLinkConfirmation = new LinkConfirmation();
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
        setWidthFull();
        days.addClassName("schedule-days");
        // A long label wraps instead of being cut off on a phone (see campfair.css).
        newLink.addClassName("wrapping-button");
        newLink.addClickListener(click -> newLinkConfirmation.ask(getTranslation("me.newLinkConfirmTitle"),
                getTranslation("me.newLinkConfirmText"), getTranslation("me.newLinkConfirm"),
                () -> calendarFeed.setHref(FeedPaths.path(feeds.reissue(shownParticipant)))));
    }

    /** Texts that do not depend on the participant, in the UI's language (also when it changes). */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        newLink.setText(getTranslation("me.newLink"));
        shiftsTitle.setText(getTranslation("me.shifts"));
        calendarTitle.setText(getTranslation("me.calendarTitle"));
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
        var stayShown = published.stayOf(id);
        stay.setText(stayShown
                .map(s -> getTranslation("me.stay", s.house(), s.room(), s.bed(), day(s.arrivesOn()),
                        day(s.departsOn())))
                .orElse(""));
        showDays(shiftList);
        add(shiftsTitle);
        if (shiftList.isEmpty()) {
            add(new Paragraph(getTranslation(stayShown.isEmpty() ? "me.notPublished" : "me.noShifts")));
        } else {
            add(days);
        }
        if (stayShown.isPresent()) {
            add(stay);
        }
        calendarFeed.setText(getTranslation("me.calendarFeed"));
        calendarFeed.setHref(FeedPaths.path(feeds.tokenFor(id)));
        shownParticipant = id;
        reminders = new ReminderChoice(reminderSettings, id);
        add(calendarTitle, calendarFeed, newLink, reminders);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.pageTitle");
    }

    private void showDays(List<PublishedShift> shiftList) {
        days.removeAll();
        Map<LocalDate, List<PublishedShift>> byDay = shiftList.stream()
                .collect(Collectors.groupingBy(PublishedShift::day, TreeMap::new, Collectors.toList()));
        var format = dayFormat();
        byDay.forEach((day, shifts) -> days.add(new ScheduleDayCard(day, shifts, format)));
    }

    private String day(LocalDate date) {
        return dayFormat().format(date);
    }

    private DateTimeFormatter dayFormat() {
        return DateTimeFormatter.ofPattern(getTranslation("me.format.day"), getLocale());
    }
}
