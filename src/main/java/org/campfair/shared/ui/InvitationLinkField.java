package org.campfair.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A one-time invitation link, shown once for copying: the path at once, then the full address
 * when the browser has said where it is (the address people reach us by, proxy included). The
 * field wraps to the width it is given, and Copy puts the link on the clipboard; screen
 * readers hear "Copied" (or, where the browser refuses the clipboard, how to copy by hand).
 */
public class InvitationLinkField extends Div {

    public final TextField field;
    public final Button copy = new Button(getTranslation("app.link.copy"), VaadinIcon.COPY_O.create());
    /** Says what became of the last Copy; a live region, so it is read out when it changes. */
    public final Span copied = new Span();

    public InvitationLinkField(String label) {
        field = new TextField(label);
        field.setReadOnly(true);
        addClassName("link-field");
        copy.addClickListener(click -> copyToClipboard());
        copy.setAriaLabel(getTranslation("app.link.copyLabel", label));
        copied.addClassName("link-field-status");
        copied.getElement().setAttribute("aria-live", "polite");
        add(field, copy, copied);
        setVisible(false);
    }

    public void show(String token) {
        field.setValue("/join/" + token);
        copied.setText("");
        setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url ->
                field.setValue(url.getProtocol() + "://" + url.getAuthority() + "/join/" + token)));
    }

    public String getValue() {
        return field.getValue();
    }

    public void setHelperText(String text) {
        field.setHelperText(text);
    }

    /**
     * The browser resolves the link against its own address (the server behind a proxy may not
     * know it). The clipboard exists only on secure pages (HTTPS or localhost) and may be refused;
     * then the link is selected for Ctrl+C and the status says so.
     */
    void copyToClipboard() {
        copied.setText("");
        copy.getElement().executeJs("""
                const text = new URL($0, document.baseURI).href;
                if (!navigator.clipboard || !window.isSecureContext) {
                    return false;
                }
                return navigator.clipboard.writeText(text).then(() => true, () => false);""", getValue())
                .then(Boolean.class, done -> {
                    if (Boolean.TRUE.equals(done)) {
                        copied.setText(getTranslation("app.link.copied"));
                    } else {
                        field.getElement().executeJs("this.inputElement && this.inputElement.select()");
                        copied.setText(getTranslation("app.link.copyByHand"));
                    }
                });
    }
}
