package org.campfair.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campfair.shared.security.FirstOrganizerSetup;

/**
 * Where the first organizer's set-up link (printed in the log of a new installation) lands:
 * they pick a username and password and can then sign in. Without a working link, or once an
 * organizer exists, the page offers nothing but the way to sign in.
 */
@Route(value = "setup/:token", autoLayout = false)
@AnonymousAllowed
class SetupView extends AccountLinkView {

    final Paragraph intro = new Paragraph(getTranslation("login.setup.intro"));

    private final FirstOrganizerSetup setup;

    SetupView(FirstOrganizerSetup setup) {
        super("login.setup.title", "login.setup.done", setup::complete);
        this.setup = setup;
    }

    @Override
    protected void open(String linkToken) {
        if (setup.open(linkToken).isPresent()) {
            add(intro, form);
        } else {
            add(new Paragraph(getTranslation("login.setup.invalidLink")), signIn());
        }
    }
}
