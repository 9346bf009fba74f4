package org.campfair.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campfair.roster.MovePreview;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterMove;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.StaleRecordException;
import org.jspecify.annotations.Nullable;

/**
 * A hand edit: the organizer chooses the change in the fields above, sees what it breaks and
 * what it costs, and only then confirms; the change is saved and pinned.
 */
class MoveDialog extends Dialog {

    final VerticalLayout fields = new VerticalLayout();
    final MovePreviewPanel preview = new MovePreviewPanel();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private final RosterEdits edits;
    private final long campId;
    private final Runnable onApplied;
    private @Nullable MovePreview proposed;

    MoveDialog(RosterEdits edits, long campId, String title, Runnable onApplied) {
        this.edits = edits;
        this.campId = campId;
        this.onApplied = onApplied;
        setHeaderTitle(title);
        setWidth("min(44em, 100vw)");
        fields.setPadding(false);
        confirm.setText(getTranslation("roster.move.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> confirm());
        cancel.setText(getTranslation("roster.move.cancel"));
        cancel.addClickListener(click -> close());
        add(fields, preview);
        getFooter().add(cancel, confirm);
    }

    void addField(Component field) {
        fields.add(field);
    }

    void addFooterButton(Button button) {
        getFooter().addComponentAsFirst(button);
    }

    /** Shows what the move would do; a null move clears the preview. */
    void propose(@Nullable RosterMove move) {
        proposed = null;
        preview.clear();
        confirm.setEnabled(false);
        if (move == null) {
            return;
        }
        try {
            proposed = edits.preview(campId, move, getLocale());
            preview.show(proposed);
            confirm.setEnabled(true);
        } catch (NotFoundException e) {
            error(getTranslation("roster.move.notFound"));
        }
    }

    @Nullable MovePreview proposed() {
        return proposed;
    }

    void confirm() {
        if (proposed == null) {
            return;
        }
        try {
            edits.apply(campId, proposed);
            Notification.show(getTranslation("roster.move.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onApplied.run();
        } catch (StaleRecordException e) {
            error(getTranslation("roster.move.stale"));
        } catch (SolveAlreadyRunningException e) {
            error(getTranslation("roster.move.solving"));
        }
    }

    static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
