package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/**
 * One day's shifts with the nickname in each seat; seats below the minimum are marked open.
 * Rows are fetched a page at a time. Each seat is a button that opens the hand edit.
 */
class ShiftGrid extends Grid<RosterShift> {

    private final RosterPages pages;
    private final BiConsumer<RosterShift, RosterSeat> onSeat;

    ShiftGrid(RosterPages pages, BiConsumer<RosterShift, RosterSeat> onSeat) {
        super(RosterShift.class, false);
        this.pages = pages;
        this.onSeat = onSeat;
        addColumn(RosterFormats::time).setHeader(getTranslation("roster.shift.time")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(RosterShift::task).setHeader(getTranslation("roster.shift.task")).setAutoWidth(true);
        addColumn(RosterShift::site).setHeader(getTranslation("roster.shift.site")).setAutoWidth(true);
        addComponentColumn(this::seats).setHeader(getTranslation("roster.shift.people")).setFlexGrow(3);
        addColumn(s -> s.filled() + " / " + s.minHeadcount() + "–" + s.maxHeadcount())
                .setHeader(getTranslation("roster.shift.filled")).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
    }

    /** Shows the day's shifts, read lazily page by page. */
    void show(long campId, LocalDate day) {
        setItems(query -> pages.shiftsOn(campId, day, query.getOffset(), query.getLimit()).stream(),
                query -> pages.countShiftsOn(campId, day));
    }

    private FlexLayout seats(RosterShift shift) {
        var seats = new FlexLayout();
        seats.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        seats.getStyle().set("gap", "var(--lumo-space-xs)");
        boolean freeShown = false;
        for (RosterSeat seat : shift.seats()) {
            if (seat.isFilled()) {
                seats.add(chip(shift, seat, seat.pinned()
                        ? getTranslation("roster.seat.pinned", seat.nickname()) : seat.nickname(), "seat"));
            } else if (seat.seat() < shift.minHeadcount()) {
                seats.add(chip(shift, seat, getTranslation("roster.seat.open"), "seat seat-open"));
            } else if (!freeShown) {
                freeShown = true;
                seats.add(chip(shift, seat, "+", "seat seat-free"));
            }
        }
        return seats;
    }

    private Button chip(RosterShift shift, RosterSeat seat, String text, String classNames) {
        var chip = new Button(text, click -> onSeat.accept(shift, seat));
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        chip.addClassNames(classNames.split(" "));
        chip.getElement().setAttribute("title", getTranslation("roster.seat.edit"));
        return chip;
    }
}
