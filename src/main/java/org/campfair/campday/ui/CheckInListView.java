package org.campfair.campday.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.campfair.campday.CheckInService;
import org.campfair.campday.MarkableShift;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.ui.WidgetLanguage;

/**
 * The day's shifts the signed-in person checks in: all of their camps' shifts for an organizer,
 * their village's for a host, the ones they lead for a participant. One tap opens a shift's
 * check-in. Today by the server's clock, any other day by the date picker.
 */
@Route("check-in")
@PermitAll
class CheckInListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("campday.list.title"));
    final DatePicker day = new DatePicker(getTranslation("campday.list.day"));
    final VerticalLayout shifts = new VerticalLayout();
    /** Organizers and hosts follow the whole day on the board; participants have none. */
    final Anchor board = new Anchor("today", getTranslation("campday.list.board"));

    private final CheckInService checkIns;
    private final Clock clock;

    CheckInListView(CheckInService checkIns, Clock clock, AuthenticationContext authentication) {
        this.checkIns = checkIns;
        this.clock = clock;
        board.setVisible(authentication.hasAnyRole("ORGANIZER", "HOST"));
        setMaxWidth("40rem");
        shifts.setPadding(false);
        WidgetLanguage.speak(day);
        day.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        add(title, board, day, shifts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campday.list.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        day.setValue(LocalDate.now(clock.withZone(ZoneId.systemDefault())));
        show(day.getValue());
    }

    private void show(LocalDate shown) {
        shifts.removeAll();
        var markable = checkIns.markableOn(shown);
        if (markable.isEmpty()) {
            shifts.add(new Paragraph(getTranslation("campday.list.none")));
        }
        markable.forEach(shift -> shifts.add(card(shift)));
    }

    private Div card(MarkableShift shift) {
        var card = new Div();
        card.addClassName("campfair-seat-card");
        var link = new Anchor("check-in/" + shift.shiftId(),
                getTranslation("campday.list.shift", DateFormats.of(getLocale()).time(shift.start()),
                        DateFormats.of(getLocale()).time(shift.end()), shift.task()));
        card.add(link, new Paragraph(shift.site() + " · " + shift.camp()),
                new Span(getTranslation("campday.list.marked", shift.marked(), shift.seats())));
        return card;
    }
}
