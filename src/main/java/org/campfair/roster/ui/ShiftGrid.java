package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/**
 * One day's shifts with the nickname in each seat; seats below the minimum are marked open.
 * Rows are fetched a page at a time. Each seat is a button that opens its hand edit.
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
        addColumn(seats()).setHeader(getTranslation("roster.shift.people")).setFlexGrow(3);
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

    /**
     * The seats as plain buttons drawn by one Lit template: a day of a large camp has hundreds
     * of seats, too many to be a server-side component each.
     */
    private LitRenderer<RosterShift> seats() {
        // Plain lists: the renderer sends lists of strings and numbers to the browser as arrays.
        return LitRenderer.<RosterShift>of("""
                ${item.texts.map((text, i) => html`<button class="seat ${item.open[i] ? 'seat-open' : ''}"
                    style="border: none; cursor: pointer; font-family: inherit" title="${item.hint}"
                    @click=${() => edit(item.seats[i])}>${text}</button> `)}""")
                .withProperty("texts", shift -> chips(shift).stream().map(chip -> (String) chip.get("text")).toList())
                .withProperty("seats", shift -> chips(shift).stream().map(chip -> (Integer) chip.get("index")).toList())
                .withProperty("open", shift -> chips(shift).stream().map(chip -> (Boolean) chip.get("open")).toList())
                .withProperty("hint", shift -> getTranslation("roster.seat.edit"))
                .withFunction("edit", (shift, args) -> onSeat.accept(shift, shift.seats().get(args.get(0).asInt())));
    }

    /** Filled seats by nickname, required empty ones as open, and one free seat to add someone. */
    List<Map<String, Object>> chips(RosterShift shift) {
        var chips = new ArrayList<Map<String, Object>>();
        boolean freeShown = false;
        for (RosterSeat seat : shift.seats()) {
            if (seat.isFilled()) {
                chips.add(chip(seat, seat.pinned() ? getTranslation("roster.seat.pinned", seat.nickname())
                        : seat.nickname(), false));
            } else if (seat.seat() < shift.minHeadcount()) {
                chips.add(chip(seat, getTranslation("roster.seat.open"), true));
            } else if (!freeShown) {
                freeShown = true;
                chips.add(chip(seat, "+", false));
            }
        }
        return chips;
    }

    private static Map<String, Object> chip(RosterSeat seat, String text, boolean open) {
        return Map.of("index", seat.seat(), "text", text, "open", open);
    }
}
