package org.campfair.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every signed-in page: title, navigation and sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    final Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create());

    public MainLayout(AuthenticationContext authentication) {
        var title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        var user = new Span(authentication.getPrincipalName().orElse(""));
        var header = new HorizontalLayout(title, user, signOut);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), header);

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("app.nav.camps"), "camps", VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem(getTranslation("app.nav.import"), "import", VaadinIcon.UPLOAD.create()));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
