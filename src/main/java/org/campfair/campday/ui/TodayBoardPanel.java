package org.campfair.campday.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        updated.addClassName("board-updated");
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
        fill(current, "campday.today.current", board.current().stream().flatMap(this::shift).toList(),
                "campday.today.noCurrent");
        fill(next, "campday.today.next", board.next().stream().flatMap(this::shift).toList(), "campday.today.noNext");
        fill(unfilled, "campday.today.unfilled", lines(board.unfilled().stream().map(u -> getTranslation(
                "campday.today.unfilledLine", dates.time(u.start()), dates.time(u.end()), u.task(), u.site(),
                u.filled(), u.required()))), "campday.today.none");
        fill(arrivals, "campday.today.arrivals", lines(board.arrivals().stream().map(this::stay)), "campday.today.none");
        fill(departures, "campday.today.departures", lines(board.departures().stream().map(this::stay)),
                "campday.today.none");
        fill(houses, "campday.today.houses", lines(board.houses().stream().map(h -> getTranslation(
                "campday.today.house", h.house(), h.sleeping()))), "campday.today.none");
        fill(notToday, "campday.today.notToday", lines(board.notToday().stream().map(this::absent)),
                "campday.today.none");
        add(current, next, unfilled, notToday, arrivals, departures, houses);
    }

    private void fill(Div section, String heading, List<Component> rows, String empty) {
        section.removeAll();
        section.add(new H2(getTranslation(heading)));
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation(empty)));
        }
        rows.forEach(section::add);
    }

    /**
     * A shift as its title and one paragraph with its people, one a line, however many seats it
     * has. An L camp's board holds about 150 shifts and 600 seats, and the first screen waits
     * until the browser has built every element the server sends: a card with a list item per
     * seat made the board's part of the page's start about half again as slow (docs/benchmark.md).
     * The title says how many people are on the shift, which a list would have told a screen
     * reader and which a glance at a long paragraph does not.
     */
    private Stream<Component> shift(BoardShift shift) {
        var dates = DateFormats.of(getLocale());
        var title = new Paragraph(getTranslation("campday.today.shift", dates.day(shift.day()), dates.time(shift.start()),
                dates.time(shift.end()), shift.task(), shift.site(),
                getTranslation("campday.today.people", shift.seats().size())));
        title.addClassName("board-shift-title");
        var parts = Stream.<Component>builder().add(title);
        if (!shift.seats().isEmpty()) {
            var seats = new Paragraph(shift.seats().stream().map(this::seat).collect(Collectors.joining("\n")));
            seats.addClassName("board-seats");
            parts.add(seats);
        }
        if (shift.missing() > 0) {
            var missing = new Span(getTranslation("campday.today.missing", shift.missing()));
            missing.addClassNames("seat", "seat-open");
            parts.add(missing);
        }
        return parts.build();
    }

    /** Lines of a section as one paragraph, one line each, for the same reason as a shift's people. */
    private static List<Component> lines(Stream<String> lines) {
        var text = lines.collect(Collectors.joining("\n"));
        if (text.isEmpty()) {
            return List.of();
        }
        var paragraph = new Paragraph(text);
        paragraph.addClassName("board-lines");
        return List.of(paragraph);
    }

    private String seat(BoardSeat seat) {
        String who = seat.lead() ? getTranslation("campday.checkIn.lead", seat.nickname()) : seat.nickname();
        String state = seat.state() == null ? getTranslation("campday.checkIn.unmarked")
                : getTranslation(SeatCard.labelKey(seat.state()));
        return getTranslation("campday.today.seat", who, state);
    }

    private String stay(Stay stay) {
        String where = stay.house() == null ? getTranslation("campday.today.noBed")
                : stay.bed() == null ? stay.house() : stay.house() + " · " + stay.bed();
        return getTranslation("campday.today.stay", stay.nickname(), where);
    }

    /** A nickname, with the note for organizers (hosts get none) and who noted it. */
    private String absent(NotTodayEntry entry) {
        String who = entry.byOrganizer() ? getTranslation("campday.today.notTodayByOrganizer", entry.nickname())
                : entry.nickname();
        return entry.note() == null ? who : getTranslation("campday.today.notTodayNote", who, entry.note());
    }

    private static Div section() {
        var section = new Div();
        section.setWidthFull();
        return section;
    }
}
