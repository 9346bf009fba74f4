package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.campfair.camp.Camp;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterStay;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.roster.SolveStatus;
import org.campfair.shared.ui.WidgetLanguage;

/**
 * Marks a participant as gone from a day on and re-plans from that day with as few changes
 * as possible. The date must lie within the camp and the participant's stay.
 */
class DropoutDialog extends Dialog {

    final ComboBox<RosterStay> participant = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private final RosterService rosters;
    private final Camp camp;
    private final Consumer<SolveStatus> onReplanning;

    DropoutDialog(RosterService rosters, RosterPages pages, Camp camp, Consumer<SolveStatus> onReplanning) {
        this.rosters = rosters;
        this.camp = camp;
        this.onReplanning = onReplanning;
        setHeaderTitle(getTranslation("roster.dropout.title"));
        setWidth("min(32em, 100vw)");
        participant.setLabel(getTranslation("roster.dropout.participant"));
        participant.setItems(pages.everyone(camp.id()));
        participant.setItemLabelGenerator(RosterStay::nickname);
        participant.setRequired(true);
        participant.setWidthFull();
        from.setLabel(getTranslation("roster.dropout.from"));
        WidgetLanguage.speak(from);
        from.setMin(camp.startsOn());
        from.setMax(camp.endsOn());
        from.setRequired(true);
        from.setWidthFull();
        confirm.setText(getTranslation("roster.dropout.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> confirm());
        cancel.setText(getTranslation("roster.move.cancel"));
        cancel.addClickListener(click -> close());
        var body = new VerticalLayout(new Paragraph(getTranslation("roster.dropout.explain")), participant, from);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, confirm);
    }

    void confirm() {
        participant.setInvalid(false);
        from.setInvalid(false);
        RosterStay who = participant.getValue();
        LocalDate day = from.getValue();
        if (who == null) {
            participant.setErrorMessage(getTranslation("roster.dropout.noParticipant"));
            participant.setInvalid(true);
            return;
        }
        var formats = new RosterFormats(this);
        if (day == null || day.isBefore(camp.startsOn()) || day.isAfter(camp.endsOn())) {
            from.setErrorMessage(getTranslation("roster.dropout.outsideCamp", formats.day(camp.startsOn()),
                    formats.day(camp.endsOn())));
            from.setInvalid(true);
            return;
        }
        if (day.isAfter(who.departsOn())) {
            from.setErrorMessage(getTranslation("roster.dropout.afterDeparture", who.nickname(),
                    formats.day(who.departsOn())));
            from.setInvalid(true);
            return;
        }
        try {
            var status = rosters.dropOut(who.participantId(), day);
            close();
            onReplanning.accept(status);
        } catch (SolveAlreadyRunningException e) {
            MoveDialog.error(getTranslation("roster.move.solving"));
        }
    }
}
