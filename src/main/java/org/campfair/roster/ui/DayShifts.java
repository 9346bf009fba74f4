package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterShift;

/**
 * One day's shifts, read lazily page by page: what the wide {@link ShiftGrid} and the phone's
 * {@link ShiftCards} share; they differ only in how a shift is drawn.
 */
abstract class DayShifts extends Grid<RosterShift> {

    private final RosterPages pages;

    DayShifts(RosterPages pages) {
        super(RosterShift.class, false);
        this.pages = pages;
    }

    /** Shows the day's shifts, read lazily page by page. */
    void show(long campId, LocalDate day) {
        setItems(query -> pages.shiftsOn(campId, day, query.getOffset(), query.getLimit()).stream(),
                query -> pages.countShiftsOn(campId, day));
    }
}
