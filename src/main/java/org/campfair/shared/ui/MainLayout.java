package org.campfair.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;

/**
 * The frame around every signed-in page: title, each role's navigation, the language
 * switcher (remembered for the account) and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    final Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create());
    final Select<Locale> language = new Select<>();
    final SideNav nav = new SideNav();

    public MainLayout(AuthenticationContext authentication, AccountService accounts) {
        var title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        var user = new Span(authentication.getPrincipalName().orElse(""));

        language.setItems(Translations.LANGUAGES);
        // Each language names itself, so a person who cannot read the current one still finds theirs.
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(Translations.language(getLocale().toLanguageTag()));
        language.setAriaLabel(getTranslation("app.language"));
        language.setWidth("9em");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                authentication.getPrincipalName().ifPresent(name -> accounts.changeLanguage(name, change.getValue()));
                CampfairUiSetup.use(change.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });

        var header = new HorizontalLayout(title, user, language, signOut);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), header);

        if (authentication.hasRole("ORGANIZER")) {
            nav.addItem(new SideNavItem(getTranslation("app.nav.camps"), "camps", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.import"), "import", VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.backups"), "backups", VaadinIcon.DATABASE.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.checkIn"), "check-in", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.today"), "today", VaadinIcon.DASHBOARD.create()));
        } else if (authentication.hasRole("PARTICIPANT")) {
            nav.addItem(new SideNavItem(getTranslation("app.nav.mySchedule"), "me", VaadinIcon.CALENDAR_USER.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.myPreferences"), "me/preferences",
                    VaadinIcon.SLIDERS.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.checkIn"), "check-in", VaadinIcon.CHECK_SQUARE_O.create()));
        } else if (authentication.hasRole("HOST")) {
            nav.addItem(new SideNavItem(getTranslation("app.nav.village"), "village", VaadinIcon.HOME.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.checkIn"), "check-in", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.today"), "village/today", VaadinIcon.DASHBOARD.create()));
        }
        if (authentication.isAuthenticated()) {
            nav.addItem(new SideNavItem(getTranslation("app.nav.apiTokens"), "me/api-tokens", VaadinIcon.KEY.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.account"), "me/account", VaadinIcon.USER.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
