package org.campfair.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/**
 * A shift's seats as chips, the same in the wide grid and the phone's cards: filled seats by
 * nickname, required empty ones as open, and one free seat to add someone. Each chip is a plain
 * button in one Lit template, since a day of a large camp has hundreds of seats, too many to
 * be a server-side component each.
 */
final class SeatChips {

    /** The chips as buttons; a template that renders a row puts it where the seats go. */
    static final String BUTTONS = """
            ${item.texts.map((text, i) => html`<button class="seat ${item.open[i] ? 'seat-open' : ''}"
                style="border: none; cursor: pointer; font-family: inherit" title="${item.hint}"
                @click=${() => edit(item.seats[i])}>${text}</button> `)}""";

    private SeatChips() {
    }

    /** A renderer of {@code template}, which uses {@link #BUTTONS}; a chip's click edits its seat. */
    static LitRenderer<RosterShift> renderer(Component reader, String template,
            BiConsumer<RosterShift, RosterSeat> onSeat) {
        // Plain lists: the renderer sends lists of strings and numbers to the browser as arrays.
        return LitRenderer.<RosterShift>of(template)
                .withProperty("texts", shift -> of(reader, shift).stream().map(chip -> (String) chip.get("text")).toList())
                .withProperty("seats", shift -> of(reader, shift).stream().map(chip -> (Integer) chip.get("index")).toList())
                .withProperty("open", shift -> of(reader, shift).stream().map(chip -> (Boolean) chip.get("open")).toList())
                .withProperty("hint", shift -> reader.getTranslation("roster.seat.edit"))
                .withFunction("edit", (shift, args) -> onSeat.accept(shift, shift.seats().get(args.get(0).asInt())));
    }

    /** Filled seats by nickname, required empty ones as open, and one free seat to add someone. */
    static List<Map<String, Object>> of(Component reader, RosterShift shift) {
        var chips = new ArrayList<Map<String, Object>>();
        boolean freeShown = false;
        for (RosterSeat seat : shift.seats()) {
            if (seat.isFilled()) {
                chips.add(chip(seat, seat.pinned() ? reader.getTranslation("roster.seat.pinned", seat.nickname())
                        : seat.nickname(), false));
            } else if (seat.seat() < shift.minHeadcount()) {
                chips.add(chip(seat, reader.getTranslation("roster.seat.open"), true));
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

    /** "3 / 2–4": seats filled against the shift's minimum and maximum headcount. */
    static String filled(RosterShift shift) {
        return shift.filled() + " / " + shift.minHeadcount() + "–" + shift.maxHeadcount();
    }
}
