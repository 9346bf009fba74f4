package org.campfair.campday.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Supplier;
import org.campfair.campday.NotTodayEntry;
import org.campfair.campday.TodayBoard;
import org.campfair.campday.TodayBoard.BoardSeat;
import org.campfair.campday.TodayBoard.BoardShift;
import org.campfair.campday.TodayBoard.Stay;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Today's board on a phone: one column of short sections (now, next, empty required seats,
 * who said "not today", arrivals, departures, houses tonight). While shown it follows the camp: a check-in marked
 * anywhere, or a new publication, redraws it through server push.
 */
class TodayBoardPanel extends VerticalLayout {

    final Paragraph when = new Paragraph();
    final Span updated = new Span();
    final Div current = section();
    final Div next = section();
    final Div unfilled = section();
    final Div arrivals = section();
    final Div departures = section();
    final Div houses = section();
    final Div notToday = section();

    private final BoardUpdates updates;
    private @Nullable Registration following;
    private long campId;
    private @Nullable Supplier<TodayBoard> load;
    private @Nullable Authentication viewer;

    TodayBoardPanel(BoardUpdates updates) {
        this.updates = updates;
        setPadding(false);
        updated.getElement().setAttribute("aria-live", "polite");
        updated.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    }

    /**
     * Shows the board and keeps it current while attached. The refresh runs later on another
     * thread, so it reads as the person who opened the page, never as whoever marked a seat.
     */
    void follow(long campId, Supplier<TodayBoard> load) {
        this.campId = campId;
        this.load = load;
        this.viewer = SecurityContextHolder.getContext().getAuthentication();
        show(load.get());
        if (isAttached()) {
            startFollowing();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (load != null) {
            startFollowing();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing();
        super.onDetach(event);
    }

    private void startFollowing() {
        stopFollowing();
        var ui = getUI().orElseThrow();
        following = updates.follow(campId, () -> ui.access(this::reload));
    }

    private void stopFollowing() {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    private void reload() {
        var board = load;
        if (board != null) {
            show(RunAs.signedIn(viewer, board));
        }
    }

    void show(TodayBoard board) {
        removeAll();
        var dates = DateFormats.of(getLocale());
        when.setText(getTranslation("campday.today.at", dates.dayWithYear(board.today()), dates.time(board.now()),
                board.timeZone()));
        updated.setText(getTranslation("campday.today.updated", dates.time(board.now())));
        add(when);
        if (board.village() != null) {
            add(new Paragraph(getTranslation("campday.today.village", board.village())));
        }
        add(updated);
        if (!board.published()) {
            add(new Paragraph(getTranslation("campday.today.notPublished")));
        }
        fill(current, "campday.today.current", board.current().stream().map(this::shift).toList(),
                "campday.today.noCurrent");
        fill(next, "campday.today.next", board.next().stream().map(this::shift).toList(), "campday.today.noNext");
        fill(unfilled, "campday.today.unfilled", board.unfilled().stream().map(u -> (Div) line(getTranslation(
                "campday.today.unfilledLine", dates.time(u.start()), dates.time(u.end()), u.task(), u.site(),
                u.filled(), u.required())))
                .toList(), "campday.today.none");
        fill(arrivals, "campday.today.arrivals", board.arrivals().stream().map(this::stay).toList(),
                "campday.today.none");
        fill(departures, "campday.today.departures", board.departures().stream().map(this::stay).toList(),
                "campday.today.none");
        fill(houses, "campday.today.houses", board.houses().stream().map(h -> (Div) line(getTranslation(
                "campday.today.house", h.house(), h.sleeping()))).toList(), "campday.today.none");
        fill(notToday, "campday.today.notToday", board.notToday().stream().map(this::absent).toList(),
                "campday.today.none");
        add(current, next, unfilled, notToday, arrivals, departures, houses);
    }

    private void fill(Div section, String heading, List<Div> rows, String empty) {
        section.removeAll();
        section.add(new H2(getTranslation(heading)));
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation(empty)));
        }
        rows.forEach(section::add);
    }

    private Div shift(BoardShift shift) {
        var card = new Div();
        card.addClassName("campfair-seat-card");
        var dates = DateFormats.of(getLocale());
        var title = new Paragraph(getTranslation("campday.today.shift", dates.day(shift.day()), dates.time(shift.start()),
                dates.time(shift.end()),
                shift.task(), shift.site()));
        title.getStyle().set("font-weight", "600").set("margin", "0");
        card.add(title);
        var seats = new UnorderedList();
        seats.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-m)");
        shift.seats().forEach(seat -> seats.add(new ListItem(seat(seat))));
        card.add(seats);
        if (shift.missing() > 0) {
            var missing = new Span(getTranslation("campday.today.missing", shift.missing()));
            missing.addClassName("seat-open");
            missing.addClassName("seat");
            card.add(missing);
        }
        return card;
    }

    private String seat(BoardSeat seat) {
        String who = seat.lead() ? getTranslation("campday.checkIn.lead", seat.nickname()) : seat.nickname();
        String state = seat.state() == null ? getTranslation("campday.checkIn.unmarked")
                : getTranslation(SeatCard.labelKey(seat.state()));
        return getTranslation("campday.today.seat", who, state);
    }

    private Div stay(Stay stay) {
        String where = stay.house() == null ? getTranslation("campday.today.noBed")
                : stay.bed() == null ? stay.house() : stay.house() + " · " + stay.bed();
        return line(getTranslation("campday.today.stay", stay.nickname(), where));
    }

    /** A nickname, with the note for organizers (hosts get none) and who noted it. */
    private Div absent(NotTodayEntry entry) {
        String who = entry.byOrganizer() ? getTranslation("campday.today.notTodayByOrganizer", entry.nickname())
                : entry.nickname();
        return line(entry.note() == null ? who : getTranslation("campday.today.notTodayNote", who, entry.note()));
    }

    private static Div line(String text) {
        var line = new Div(text);
        line.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return line;
    }

    private static Div section() {
        var section = new Div();
        section.setWidthFull();
        return section;
    }
}
