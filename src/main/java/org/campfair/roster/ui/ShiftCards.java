package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.BiConsumer;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/**
 * One day's shifts on a phone, a card each in a grid of one column: time and task on the
 * first line, site and seats filled on the second, then the seat chips that open their hand
 * edit. A grid of five columns leaves two readable on a 390 px screen; campfair.css shows
 * these cards instead of {@link ShiftGrid} below 600 px. Rows are read lazily, like the grid's.
 */
class ShiftCards extends DayShifts {

    ShiftCards(RosterPages pages, BiConsumer<RosterShift, RosterSeat> onSeat) {
        super(pages);
        addClassName("roster-day-cards");
        addColumn(SeatChips.renderer(this, """
                <div class="shift-card">
                  <div class="shift-card-head"><span>${item.time}</span> <span>${item.task}</span></div>
                  <div class="shift-card-meta">${item.site} · ${item.filledLabel} ${item.filled}</div>
                  <div>""" + SeatChips.BUTTONS + """
                </div>
                </div>""", onSeat)
                .withProperty("time", RosterFormats::time)
                .withProperty("task", RosterShift::task)
                .withProperty("site", RosterShift::site)
                .withProperty("filledLabel", shift -> getTranslation("roster.shift.filled"))
                .withProperty("filled", SeatChips::filled))
                .setHeader(getTranslation("roster.shift.shifts"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        setSizeFull();
    }
}
