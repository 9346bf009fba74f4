package org.campfair.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.campfair.roster.Explanation;
import org.campfair.roster.SeatTakePreview;

/**
 * The confirmation before a seat is taken: the participant's hours per day at camp against
 * the fair share, before and after, and what the change does to the roster's soft rules in
 * the same sentences the organizers' hand-edit preview uses.
 */
class TakeDialog extends Dialog {

    final Paragraph hours = new Paragraph();
    final Button confirm = new Button();
    final Button cancel = new Button();

    TakeDialog(SeatTakePreview preview, Runnable onConfirm) {
        var seat = preview.seat();
        setHeaderTitle(getTranslation("openSeats.confirm.title", seat.task()));
        setWidth("min(30em, 100vw)");
        hours.setText(getTranslation("openSeats.confirm.hours", preview.hoursPerDayBefore(), seat.hoursPerDayAfter(),
                preview.fairShareBefore(), seat.fairShareAfter()));
        add(hours);
        addReasons("openSeats.confirm.adds", preview.added());
        addReasons("openSeats.confirm.removes", preview.removed());
        confirm.setText(getTranslation("openSeats.confirm.ok"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            close();
            onConfirm.run();
        });
        cancel.setText(getTranslation("openSeats.confirm.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, confirm);
    }

    private void addReasons(String titleKey, List<Explanation> reasons) {
        var soft = reasons.stream().filter(reason -> !reason.level().equals("HARD")).toList();
        if (soft.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        soft.forEach(reason -> list.add(new ListItem(reason.sentence())));
        add(new Paragraph(getTranslation(titleKey)), list);
    }
}
