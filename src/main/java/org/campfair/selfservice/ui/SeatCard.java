package org.campfair.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.campfair.roster.OpenSeat;

/** One open seat on a phone: the task, whether the shift needs it, when and where, and one button. */
class SeatCard extends Div {

    final H3 task = new H3();
    final Span kind = new Span();
    final Paragraph when = new Paragraph();
    final Button take = new Button();

    private final OpenSeat seat;

    SeatCard(OpenSeat seat, DateTimeFormatter day, Consumer<OpenSeat> onTake) {
        this.seat = seat;
        addClassName("open-seat");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        task.setText(seat.task());
        task.getStyle().set("margin", "0");
        kind.setText(getTranslation(seat.required() ? "openSeats.required" : "openSeats.optional"));
        kind.getElement().getThemeList().add(seat.required() ? "badge error" : "badge contrast");
        when.setText(getTranslation("openSeats.when", day.format(seat.day()), seat.start(), seat.end(), seat.site()));
        when.getStyle().set("margin", "var(--lumo-space-xs) 0");
        take.setText(getTranslation("openSeats.take"));
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.getElement().setAttribute("aria-label", getTranslation("openSeats.take") + ": " + seat.task() + ", "
                + when.getText());
        take.addClickListener(click -> onTake.accept(seat));
        add(task, kind, when, take);
    }

    OpenSeat seat() {
        return seat;
    }
}
