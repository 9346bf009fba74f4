package org.campfair.calendar.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.shared.Registration;

/**
 * One more question before a calendar link is replaced or revoked: the old link stops working
 * at once, and every calendar app that subscribed to it stops updating until it is given the
 * new one. One dialog per page, asked again for each link.
 */
class LinkConfirmation extends ConfirmDialog {

    private Registration action = () -> { };

    LinkConfirmation() {
        setCancelable(true);
        setCancelText(getTranslation("calendar.confirm.keep"));
        setConfirmButtonTheme("error primary");
    }

    /** Opens the dialog; {@code onConfirm} runs only if the person confirms. */
    void ask(String header, String text, String confirmText, Runnable onConfirm) {
        action.remove();
        setHeader(header);
        setText(text);
        setConfirmText(confirmText);
        action = addConfirmListener(confirmed -> onConfirm.run());
        open();
    }
}
