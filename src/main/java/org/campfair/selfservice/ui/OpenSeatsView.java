package org.campfair.selfservice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.campfair.roster.OpenSeat;
import org.campfair.selfservice.MyOpenSeats;
import org.campfair.selfservice.OpenSeatService;
import org.campfair.selfservice.SeatOfferService;
import org.campfair.selfservice.WaitingListService;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedRosterService;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.jspecify.annotations.Nullable;

/**
 * A participant's open seats on a phone: links to each part of the page with what it holds
 * ({@link PageSections}), their hours per day against the fair share, then one card per seat they
 * may take (needed ones first), each taken with one tap and a confirmation; below, the seats they
 * took themselves, offers for them, their own shifts to offer and their waiting lists. A refusal
 * (someone was quicker, a rule, the cap) is said in the status line and the list is read again.
 */
@Route("me/open-seats")
@RolesAllowed("PARTICIPANT")
class OpenSeatsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph intro = new Paragraph();
    final Paragraph hours = new Paragraph();
    final Paragraph message = new Paragraph();
    final PageSections sections = new PageSections();
    final H2 seatsTitle = new H2();
    final Div seats = new Div();
    final H2 mineTitle = new H2();
    final Div mine = new Div();
    @Nullable TakeDialog dialog;
    @Nullable GiveAwaysPanel giveAways;
    @Nullable WaitingListsPanel waitingLists;
    /** What the page shows now, as the service answered. */
    @Nullable MyOpenSeats shown;

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final OpenSeatService openSeats;
    private final SeatOfferService offers;
    private final PublishedRosterService published;
    private final WaitingListService waiting;
    private final ParticipantService participants;
    private final CampService camps;
    private long participantId;

    OpenSeatsView(AuthenticationContext authentication, AccountService accounts, OpenSeatService openSeats,
            SeatOfferService offers, PublishedRosterService published, WaitingListService waiting,
            ParticipantService participants, CampService camps) {
        this.waiting = waiting;
        this.participants = participants;
        this.camps = camps;
        this.authentication = authentication;
        this.accounts = accounts;
        this.openSeats = openSeats;
        this.offers = offers;
        this.published = published;
        setMaxWidth("40rem");
        seats.setWidthFull();
        message.getElement().setAttribute("role", "status");
        // Sticks to the top of the scrolled page: the give-away, swap and waiting-list buttons come
        // below every open seat, and a result said only above that list was said off screen.
        message.setWidthFull();
        message.getStyle().set("position", "sticky").set("top", "0").set("z-index", "1")
                .set("background", "var(--lumo-base-color)").set("margin", "0")
                .set("padding-block", "var(--lumo-space-xs)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openSeats.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title.setText(getTranslation("openSeats.title"));
        add(title);
        var id = authentication.getPrincipalName().flatMap(accounts::participantOf);
        if (id.isEmpty()) {
            add(new Paragraph(getTranslation("me.notLinked")));
            return;
        }
        participantId = id.get();
        message.setText("");
        intro.setText(getTranslation("openSeats.intro"));
        giveAways = new GiveAwaysPanel(offers, published, participantId, message::setText, this::show,
                opened -> dialog = opened);
        waitingLists = new WaitingListsPanel(waiting, participantId,
                camps.get(participants.get(participantId).campId()).timeZone(), message::setText, this::show);
        seatsTitle.setText(getTranslation("openSeats.seats.title"));
        PageSections.target(seatsTitle, "seats-to-take");
        PageSections.target(giveAways.offersTitle, "offers-for-you");
        PageSections.target(giveAways.mineTitle, "your-shifts");
        PageSections.target(waitingLists.title, "waiting-lists");
        add(intro, sections, hours, message, seatsTitle, seats, mineTitle, mine, giveAways, waitingLists);
        show();
    }

    /** Reads the seats again: after a take or a refusal, the list shows the roster as it now is. */
    private void show() {
        MyOpenSeats current = openSeats.openSeats(participantId);
        shown = current;
        var format = DateTimeFormatter.ofPattern(getTranslation("app.format.day"), getLocale());
        seats.removeAll();
        hours.setText(getTranslation("openSeats.hours", current.seats().hoursPerDay(), current.seats().fairShare(),
                current.maxExtraHoursPerDay()));
        hours.setVisible(current.closedReason() == null);
        if (current.closedReason() != null) {
            seats.add(new Paragraph(getTranslation(current.closedReason())));
        } else if (current.seats().seats().isEmpty()) {
            seats.add(new Paragraph(getTranslation("openSeats.none")));
        }
        current.seats().seats().forEach(seat -> seats.add(new SeatCard(seat, format, this::confirm)));
        mineTitle.setText(getTranslation("openSeats.mine.title"));
        mineTitle.setVisible(!current.taken().isEmpty());
        mine.removeAll();
        current.taken().forEach(change -> mine.add(new Paragraph(getTranslation("openSeats.mine.line", change.task(),
                format.format(change.day()), change.start(), change.end()))));
        if (giveAways != null) {
            giveAways.show(format);
        }
        if (waitingLists != null) {
            waitingLists.show(format);
        }
        showSections(current);
    }

    /** The links at the top, each with how much its part holds; a part not shown gets no link. */
    private void showSections(MyOpenSeats current) {
        var shown = new java.util.ArrayList<PageSections.Section>();
        shown.add(new PageSections.Section("seats-to-take", "openSeats.sections.seats", current.seats().seats().size()));
        if (giveAways != null) {
            shown.add(new PageSections.Section("offers-for-you", "openSeats.sections.offers", giveAways.offerCount()));
            if (giveAways.mineTitle.isVisible()) {
                shown.add(new PageSections.Section("your-shifts", "openSeats.sections.shifts", giveAways.shiftCount()));
            }
        }
        if (waitingLists != null && waitingLists.isVisible()) {
            shown.add(new PageSections.Section("waiting-lists", "openSeats.sections.waiting", waitingLists.count()));
        }
        sections.show(shown);
    }

    private void confirm(OpenSeat seat) {
        try {
            dialog = new TakeDialog(openSeats.preview(participantId, seat.shiftId(), getLocale()), () -> take(seat));
            dialog.open();
        } catch (RefusedChangeException e) {
            refused(e);
        }
    }

    private void take(OpenSeat seat) {
        try {
            var taken = openSeats.take(participantId, seat.shiftId()).seat();
            var format = DateTimeFormatter.ofPattern(getTranslation("app.format.day"), getLocale());
            show();
            message.setText(getTranslation("openSeats.taken", taken.task(), format.format(taken.day()), taken.start(),
                    taken.end()));
        } catch (RefusedChangeException e) {
            refused(e);
        }
    }

    private void refused(RefusedChangeException e) {
        show();
        message.setText(getTranslation(e.messageKey(), e.arguments()));
    }
}
