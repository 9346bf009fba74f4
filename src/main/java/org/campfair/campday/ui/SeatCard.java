package org.campfair.campday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;
import org.campfair.campday.CheckInState;
import org.campfair.campday.SeatCheckIn;
import org.jspecify.annotations.Nullable;

/**
 * One seat on the check-in page, as a card that fits a phone: the nickname, whether they lead,
 * the mark so far, four large buttons and the confirmed minutes.
 */
class SeatCard extends Div {

    /** What a tap on a state button asks for. */
    interface Marking {
        void mark(SeatCard card, CheckInState state, @Nullable Integer minutes);
    }

    final H2 nickname = new H2();
    final Span current = new Span();
    final IntegerField minutes = new IntegerField();
    final Map<CheckInState, Button> buttons = new EnumMap<>(CheckInState.class);
    private SeatCheckIn seat;

    SeatCard(SeatCheckIn seat, Marking marking) {
        this.seat = seat;
        addClassName("campfair-seat-card");
        minutes.setLabel(getTranslation("campday.checkIn.minutes"));
        minutes.setMin(0);
        minutes.setMax(seat.plannedMinutes() + 240);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        var row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        for (CheckInState state : CheckInState.values()) {
            var button = new Button(getTranslation(labelKey(state)),
                    click -> marking.mark(this, state, state.worked() ? minutes.getValue() : null));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            buttons.put(state, button);
            row.add(button);
        }
        current.getElement().setAttribute("aria-live", "polite");
        add(nickname, current, row, minutes);
        show(seat);
    }

    /** Each state's label, named in full so that the bundles' completeness test sees every key. */
    static String labelKey(CheckInState state) {
        return switch (state) {
            case CAME -> "campday.state.CAME";
            case CAME_LATE -> "campday.state.CAME_LATE";
            case LEFT_EARLY -> "campday.state.LEFT_EARLY";
            case DID_NOT_COME -> "campday.state.DID_NOT_COME";
        };
    }

    SeatCheckIn seat() {
        return seat;
    }

    void show(SeatCheckIn shown) {
        this.seat = shown;
        nickname.setText(shown.lead() ? getTranslation("campday.checkIn.lead", shown.nickname()) : shown.nickname());
        current.setText(shown.state() == null ? getTranslation("campday.checkIn.unmarked")
                : getTranslation("campday.checkIn.marked", getTranslation(labelKey(shown.state())),
                        shown.confirmedMinutes()));
        minutes.setValue(shown.state() == null ? shown.plannedMinutes() : shown.confirmedMinutes());
        buttons.forEach((state, button) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (state == shown.state()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }
}
