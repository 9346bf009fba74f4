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
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.campfair.calendar.CalendarRoutes;
import org.campfair.campday.CampDayRoutes;
import org.campfair.calendar.FeedPaths;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.ReminderSettings;
import org.campfair.campday.CertificateService;
import org.campfair.campday.CheckInService;
import org.campfair.campday.OwnSeat;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedHours;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.security.AccountService;
import org.campfair.selfservice.ui.SelfServiceNews;
import org.jspecify.annotations.Nullable;

/**
 * A participant's own published schedule, where they sleep, their calendar feed and its
 * reminders. Here rather than in participant, which sits below roster and calendar. The
 * schedule comes first, one card per day ({@link ScheduleDayCard}), and the page scrolls as
 * a whole: participants read it on a phone. Above it, "I can't come today" and "…tomorrow"
 * lead to the camp-day page that says so.
 */
@Route(CalendarRoutes.MY_SCHEDULE)
@RolesAllowed("PARTICIPANT")
class MyScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    final H1 title = new H1();
    final H2 shiftsTitle = new H2();
    /** Planned hours beside those confirmed at check-in, once the camp's days have begun. */
    final Paragraph hours = new Paragraph();
    final Paragraph stay = new Paragraph();
    /** The day cards, in date order. */
    final Div days = new Div();
    final H2 calendarTitle = new H2();
    final Anchor calendarFeed = new Anchor();
    final Button newLink = new Button();
    /** "I can't come today" and "…tomorrow": each opens the calm page that says it (campday). */
    final Button cannotToday = new Button();
    final Button cannotTomorrow = new Button();
    final Div notToday = new Div(cannotToday, cannotTomorrow);
    /** Asked before the link is replaced: the calendar app subscribed to the old one stops updating. */
    final LinkConfirmation newLinkConfirmation = new LinkConfirmation();
    @Nullable ReminderChoice reminders;
    @Nullable CertificateSection certificate;

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final ParticipantService participants;
    private final PublishedRosterService published;
    private final FeedTokenService feeds;
    private final ReminderSettings reminderSettings;
    private final CertificateService certificates;
    private final CheckInService checkIns;
    private long shownParticipant;

    MyScheduleView(AuthenticationContext authentication, AccountService accounts, ParticipantService participants,
            PublishedRosterService published, FeedTokenService feeds, ReminderSettings reminderSettings,
            CertificateService certificates, CheckInService checkIns) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.participants = participants;
        this.published = published;
        this.feeds = feeds;
        this.reminderSettings = reminderSettings;
        this.certificates = certificates;
        this.checkIns = checkIns;
        setWidthFull();
        days.addClassName("schedule-days");
        // A long label wraps instead of being cut off on a phone (see campfair.css).
        newLink.addClassName("wrapping-button");
        newLink.addClickListener(click -> newLinkConfirmation.ask(getTranslation("me.newLinkConfirmTitle"),
                getTranslation("me.newLinkConfirmText"), getTranslation("me.newLinkConfirm"),
                () -> calendarFeed.setHref(FeedPaths.path(feeds.reissue(shownParticipant)))));
        notToday.addClassName("not-today");
        for (var button : List.of(cannotToday, cannotTomorrow)) {
            button.addClassName("wrapping-button");
            button.getStyle().set("margin", "0 var(--lumo-space-s) var(--lumo-space-s) 0");
        }
        cannotToday.addClickListener(click -> cannotToday.getUI()
                .ifPresent(ui -> ui.navigate(CampDayRoutes.notToday(false))));
        cannotTomorrow.addClickListener(click -> cannotTomorrow.getUI()
                .ifPresent(ui -> ui.navigate(CampDayRoutes.notToday(true))));
    }

    /** Texts that do not depend on the participant, in the UI's language (also when it changes). */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        newLink.setText(getTranslation("me.newLink"));
        shiftsTitle.setText(getTranslation("me.shifts"));
        calendarTitle.setText(getTranslation("me.calendarTitle"));
        cannotToday.setText(getTranslation("campday.notToday.today"));
        cannotTomorrow.setText(getTranslation("campday.notToday.tomorrow"));
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
        String nickname = participants.get(id).nickname();
        title.setText(getTranslation("me.titleOf", nickname));
        add(SelfServiceNews.of(id));
        var shiftList = published.shiftsOf(id);
        var stayShown = published.stayOf(id);
        stay.setText(stayShown
                .map(s -> getTranslation("me.stay", s.house(), s.room(), s.bed(), day(s.arrivesOn()),
                        day(s.departsOn())))
                .orElse(""));
        showDays(shiftList, checkIns.ownSeats(id), nickname);
        if (!shiftList.isEmpty() || stayShown.isPresent()) {
            add(notToday);
        }
        add(shiftsTitle);
        if (shiftList.isEmpty()) {
            add(new Paragraph(getTranslation(stayShown.isEmpty() ? "me.notPublished" : "me.noShifts")));
        } else {
            showHours(published.hoursOf(id));
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
        certificate = new CertificateSection(certificates, id);
        add(certificate);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.pageTitle");
    }

    private void showHours(PublishedHours worked) {
        if (worked.hasStarted()) {
            var format = NumberFormat.getNumberInstance(getLocale());
            format.setMaximumFractionDigits(1);
            hours.setText(getTranslation("me.hours", format.format(worked.plannedMinutes() / 60.0),
                    format.format(worked.confirmedMinutes() / 60.0), worked.notConfirmedYet()));
            add(hours);
        }
    }

    private void showDays(List<PublishedShift> shiftList, List<OwnSeat> ownSeats, String nickname) {
        days.removeAll();
        Map<Long, OwnSeat> own = ownSeats.stream()
                .collect(Collectors.toMap(OwnSeat::shiftId, seat -> seat, (first, second) -> first));
        Map<LocalDate, List<PublishedShift>> byDay = shiftList.stream()
                .collect(Collectors.groupingBy(PublishedShift::day, TreeMap::new, Collectors.toList()));
        var format = dayFormat();
        byDay.forEach((day, shifts) -> days.add(new ScheduleDayCard(day, shifts, format, own, nickname)));
    }

    private String day(LocalDate date) {
        return dayFormat().dayWithYear(date);
    }

    private DateFormats dayFormat() {
        return DateFormats.of(getLocale());
    }
}
