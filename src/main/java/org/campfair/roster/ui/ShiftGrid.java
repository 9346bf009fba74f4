package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/**
 * One day's shifts with the nickname in each seat; seats below the minimum are marked open.
 * Rows are fetched a page at a time. Each seat is a button that opens its hand edit. Wider
 * than a phone only: below 600 px {@link ShiftCards} shows the same day (see campfair.css).
 */
class ShiftGrid extends DayShifts {

    ShiftGrid(RosterPages pages, BiConsumer<RosterShift, RosterSeat> onSeat) {
        super(pages);
        addClassName("roster-day-grid");
        addColumn(RosterFormats::time).setHeader(getTranslation("roster.shift.time")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(RosterShift::task).setHeader(getTranslation("roster.shift.task")).setAutoWidth(true);
        addColumn(RosterShift::site).setHeader(getTranslation("roster.shift.site")).setAutoWidth(true);
        addColumn(SeatChips.renderer(this, SeatChips.BUTTONS, onSeat)).setHeader(getTranslation("roster.shift.people"))
                .setFlexGrow(3);
        addColumn(SeatChips::filled).setHeader(getTranslation("roster.shift.filled")).setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
    }

    /** Filled seats by nickname, required empty ones as open, and one free seat to add someone. */
    List<Map<String, Object>> chips(RosterShift shift) {
        return SeatChips.of(this, shift);
    }
}
