package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/** One day's shifts with the nickname in each seat; seats below the minimum are marked open. */
class ShiftGrid extends Grid<RosterShift> {

    ShiftGrid() {
        super(RosterShift.class, false);
        addColumn(s -> s.start() + "–" + s.end()).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        addColumn(RosterShift::task).setHeader("Task").setAutoWidth(true);
        addColumn(RosterShift::site).setHeader("Site").setAutoWidth(true);
        addComponentColumn(ShiftGrid::seats).setHeader("People").setFlexGrow(3);
        addColumn(s -> s.filled() + " / " + s.minHeadcount() + "–" + s.maxHeadcount()).setHeader("Filled")
                .setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
    }

    void setShifts(List<RosterShift> shifts) {
        setItems(shifts);
    }

    private static FlexLayout seats(RosterShift shift) {
        var seats = new FlexLayout();
        seats.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        seats.getStyle().set("gap", "var(--lumo-space-xs)");
        for (RosterSeat seat : shift.seats()) {
            if (seat.isFilled()) {
                seats.add(chip(seat.nickname() + (seat.pinned() ? " (pinned)" : ""), "seat"));
            } else if (seat.seat() < shift.minHeadcount()) {
                seats.add(chip("open", "seat seat-open"));
            }
        }
        return seats;
    }

    private static Span chip(String text, String classNames) {
        var chip = new Span(text);
        chip.addClassNames(classNames.split(" "));
        return chip;
    }
}
