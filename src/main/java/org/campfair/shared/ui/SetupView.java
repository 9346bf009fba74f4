package org.campfair.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("login.setup.title"));
    final Paragraph intro = new Paragraph(getTranslation("login.setup.intro"));
    final NewAccountForm form;

    private final FirstOrganizerSetup setup;
    private String token = "";

    SetupView(FirstOrganizerSetup setup) {
        this.setup = setup;
        setAlignItems(Alignment.CENTER);
        form = new NewAccountForm((username, password) -> setup.complete(token, username, password), () -> {
            removeAll();
            add(title, new Paragraph(getTranslation("login.setup.done")),
                    new Anchor("login", getTranslation("login.submit")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.setup.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(title);
        if (setup.open(token).isPresent()) {
            add(intro, form);
        } else {
            add(new Paragraph(getTranslation("login.setup.invalidLink")), new Anchor("login", getTranslation("login.submit")));
        }
    }
}
