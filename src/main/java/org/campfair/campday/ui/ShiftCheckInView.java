package org.campfair.campday.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campfair.campday.CheckInService;
import org.campfair.campday.CheckInState;
import org.campfair.campday.ShiftCheckIns;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.i18n.DateFormats;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Check-in of one published shift on a phone: a card per seat, marked by an organizer of the
 * camp, a host of the shift's village or the shift's lead (the service decides who may). When
 * two people mark one seat at once, the later one sees the earlier mark instead of erasing it.
 */
@Route("check-in/:shiftId")
@PermitAll
public class ShiftCheckInView extends DayPage {

    final Paragraph when = new Paragraph();
    final Paragraph message = new Paragraph();
    final VerticalLayout seats = new VerticalLayout();
    final Anchor code = new Anchor("", getTranslation("campday.checkIn.showCode"));

    private final CheckInService checkIns;

    ShiftCheckInView(CheckInService checkIns) {
        super("campday.checkIn.title");
        this.checkIns = checkIns;
        setMaxWidth("40rem");
        seats.setPadding(false);
        message.getElement().setAttribute("role", "status");
    }

    @Override
    void enter(BeforeEnterEvent event) {
        var shiftId = event.getRouteParameters().getLong("shiftId");
        try {
            show(checkIns.shift(shiftId.orElseThrow(() -> new NotFoundException("Shift", 0))));
        } catch (NotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation("campday.checkIn.notYours")));
        }
    }

    private void show(ShiftCheckIns shift) {
        title.setText(getTranslation("campday.checkIn.titleOf", shift.task()));
        var dates = DateFormats.of(getLocale());
        when.setText(getTranslation("campday.checkIn.when", dates.day(shift.day()), dates.time(shift.start()),
                dates.time(shift.end()), shift.site()));
        code.setHref("check-in/" + shift.shiftId() + "/code");
        seats.removeAll();
        shift.seats().forEach(seat -> seats.add(new SeatCard(seat, this::mark)));
        add(when, message, seats, code);
        if (shift.seats().isEmpty()) {
            message.setText(getTranslation("campday.checkIn.noSeats"));
        }
    }

    private void mark(SeatCard card, CheckInState state, @Nullable Integer minutes) {
        var seat = card.seat();
        try {
            card.show(checkIns.mark(seat.shiftId(), seat.seat(), state, minutes, seat.version()));
            message.setText(getTranslation("campday.checkIn.saved", seat.nickname()));
        } catch (StaleRecordException e) {
            reload(card);
            message.setText(getTranslation("campday.checkIn.stale", seat.nickname()));
        } catch (RefusedChangeException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Shows the seat as it now stands, so the marker decides again with the other mark in view. */
    private void reload(SeatCard card) {
        checkIns.shift(card.seat().shiftId()).seats().stream().filter(s -> s.seat() == card.seat().seat())
                .findFirst().ifPresent(card::show);
    }
}
