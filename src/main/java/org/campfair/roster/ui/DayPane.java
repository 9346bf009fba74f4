package org.campfair.roster.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.campfair.camp.Camp;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;

/** The "By day" tab: a day of the camp, its shifts as a grid on wide screens and as cards on a phone. */
class DayPane extends VerticalLayout {

    final Select<LocalDate> day = new Select<>();
    final ShiftGrid shifts;
    final ShiftCards cards;
    private long campId;

    DayPane(RosterPages pages, BiConsumer<RosterShift, RosterSeat> onSeat) {
        shifts = new ShiftGrid(pages, onSeat);
        cards = new ShiftCards(pages, onSeat);
        day.setLabel(getTranslation("roster.day"));
        day.setItemLabelGenerator(new RosterFormats(this)::day);
        day.addValueChangeListener(change -> show());
        setPadding(false);
        setSizeFull();
        add(day, shifts, cards);
        setFlexGrow(1, shifts, cards);
    }

    /** Offers the camp's days, the first one chosen. */
    void setCamp(Camp camp) {
        campId = camp.id();
        day.setItems(camp.startsOn().datesUntil(camp.endsOn().plusDays(1)).toList());
        day.setValue(camp.startsOn());
    }

    /** Reads the chosen day's shifts again. */
    void show() {
        if (day.getValue() != null && campId != 0) {
            shifts.show(campId, day.getValue());
            cards.show(campId, day.getValue());
        }
    }
}
