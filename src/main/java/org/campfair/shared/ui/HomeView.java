package org.campfair.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page sends each person where their role works: organizers to their camps. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole("ORGANIZER")) {
            event.forwardTo("camps");
        } else if (authentication.hasRole("HOST")) {
            event.forwardTo("village");
        } else {
            event.forwardTo("me");
        }
    }
}
