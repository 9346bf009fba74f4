package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterMove;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterShift;
import org.campfair.roster.RosterStay;

/**
 * A seat's hand edit: put someone else (or nobody) in it, move its holder to another shift of
 * the same day, or pin or unpin it as it is.
 */
class SeatDialog extends MoveDialog {

    final ComboBox<RosterStay> person = new ComboBox<>();
    final ComboBox<RosterShift> otherShift = new ComboBox<>();
    final Button pin = new Button();

    SeatDialog(RosterEdits edits, RosterPages pages, long campId, RosterShift shift, RosterSeat seat,
            Runnable onApplied) {
        super(edits, campId, "", onApplied);
        var formats = new RosterFormats(this);
        setHeaderTitle(getTranslation("roster.seat.title", shift.task(), formats.day(shift.day()),
                RosterFormats.time(shift), seat.seat() + 1));
        List<RosterStay> atCamp = pages.everyone(campId).stream()
                .filter(s -> !shift.day().isBefore(s.arrivesOn()) && !shift.day().isAfter(s.departsOn())).toList();
        person.setLabel(getTranslation(seat.isFilled() ? "roster.seat.instead" : "roster.seat.who"));
        person.setItems(atCamp);
        person.setItemLabelGenerator(RosterStay::nickname);
        person.setClearButtonVisible(true);
        person.setWidthFull();
        person.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                otherShift.clear();
                Long chosen = change.getValue() == null ? null : change.getValue().participantId();
                propose(java.util.Objects.equals(chosen, seat.participantId()) ? null
                        : RosterMove.seat(shift.shiftId(), seat.seat(), chosen));
            }
        });
        addField(person);
        if (seat.isFilled()) {
            otherShift.setLabel(getTranslation("roster.seat.moveTo", seat.nickname()));
            otherShift.setItems(pages.shiftsOn(campId, shift.day(), 0, Integer.MAX_VALUE).stream()
                    .filter(s -> s.shiftId() != shift.shiftId() && s.filled() < s.maxHeadcount()).toList());
            otherShift.setItemLabelGenerator(s -> RosterFormats.time(s) + " " + s.task() + " (" + s.filled() + "/"
                    + s.maxHeadcount() + ")");
            otherShift.setWidthFull();
            otherShift.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    person.clear();
                    propose(moveHolder(shift, seat, change.getValue()));
                }
            });
            addField(otherShift);
            pin.setText(getTranslation(seat.pinned() ? "roster.unpin" : "roster.pin"));
            pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            pin.addClickListener(click -> {
                edits.pinSeat(campId, shift.shiftId(), seat.seat(), !seat.pinned());
                close();
                onApplied.run();
            });
            addFooterButton(pin);
        }
    }

    /** The holder leaves this seat for the first free seat of the other shift. */
    private static RosterMove moveHolder(RosterShift from, RosterSeat seat, RosterShift to) {
        int free = to.seats().stream().filter(s -> !s.isFilled()).mapToInt(RosterSeat::seat).findFirst()
                .orElseThrow();
        return new RosterMove(List.of(new RosterMove.SeatChange(from.shiftId(), seat.seat(), null),
                new RosterMove.SeatChange(to.shiftId(), free, seat.participantId())), List.of());
    }
}
