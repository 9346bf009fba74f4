package org.campfair.shared.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * A one-time invitation link, shown once for copying: the path at once, then the full address
 * when the browser has said where it is (the address people reach us by, proxy included).
 */
public class InvitationLinkField extends TextField {

    public InvitationLinkField(String label) {
        super(label);
        setReadOnly(true);
        setVisible(false);
    }

    public void show(String token) {
        setValue("/join/" + token);
        setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url ->
                setValue(url.getProtocol() + "://" + url.getAuthority() + "/join/" + token)));
    }
}
