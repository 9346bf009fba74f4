package org.campfair.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.StaffOrganizers;

/**
 * The frame around every signed-in page: title, each role's navigation, the language
 * switcher (remembered for the account) and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    final MenuBar account = new MenuBar();
    final SideNav nav = new SideNav();
    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication, AccountService accounts, StaffOrganizers staff) {
        var title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        var header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-s)");
        authentication.getPrincipalName().ifPresent(name -> {
            addAccountMenu(name, authentication, accounts);
            header.add(account);
        });
        addToNavbar(new DrawerToggle(), header);

        if (authentication.hasRole("ORGANIZER")) {
            nav.addItem(new SideNavItem(getTranslation("app.nav.camps"), "camps", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.import"), "import", VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.backups"), "backups", VaadinIcon.DATABASE.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.checkIn"), "check-in", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.today"), "today", VaadinIcon.DASHBOARD.create()));
            if (staff.signedInIsStaff()) {
                nav.addItem(new SideNavItem(getTranslation("app.nav.staff"), "staff", VaadinIcon.GROUP.create()));
            }
        } else if (authentication.hasRole("PARTICIPANT")) {
            nav.addItem(new SideNavItem(getTranslation("app.nav.mySchedule"), "me", VaadinIcon.CALENDAR_USER.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.myPreferences"), "me/preferences",
                    VaadinIcon.SLIDERS.create()));
            nav.addItem(new SideNavItem(getTranslation("app.nav.openSeats"), "me/open-seats",
                    VaadinIcon.HANDS_UP.create()));
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

    /**
     * The account menu, in the header at every width: the name (hidden on a phone, where the
     * icon stays), the account pages, the language and sign-out. It stays on screen where a
     * row of header buttons would be pushed off a 390 px phone.
     */
    private void addAccountMenu(String name, AuthenticationContext authentication, AccountService accounts) {
        var label = new Span(name);
        label.addClassName("account-name");
        var top = account.addItem(new Span(VaadinIcon.USER.create(), label));
        top.setAriaLabel(getTranslation("app.accountMenu", name));
        var items = top.getSubMenu();
        items.addItem(getTranslation("app.nav.account"), click -> navigate("me/account"));
        items.addItem(getTranslation("app.nav.apiTokens"), click -> navigate("me/api-tokens"));
        var languages = items.addItem(getTranslation("app.language")).getSubMenu();
        var current = Translations.language(getLocale().toLanguageTag());
        for (Locale language : Translations.LANGUAGES) {
            // Each language names itself, so a person who cannot read the current one still finds theirs.
            var item = languages.addItem(language.getDisplayLanguage(language), click -> {
                accounts.changeLanguage(name, language);
                CampfairUiSetup.use(language);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            item.setCheckable(true);
            item.setChecked(language.equals(current));
        }
        items.addItem(getTranslation("app.signOut"), click -> authentication.logout());
        account.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    /**
     * Every page sits in one main landmark, so screen readers can jump past the header and menu.
     * A new page opens at its top: the layout's content area scrolls by itself (not the
     * window, which Vaadin's router scrolls), so without this a link tapped far down a long
     * page, such as a camp's Roster on a phone's camps list, opened the next page as far down,
     * its title and main buttons out of sight.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
        main.setSizeFull();
        setContent(main);
        main.getElement().executeJs("""
                for (let e = this; e; e = e.assignedSlot || e.parentElement || e.getRootNode().host) {
                    if (e.scrollTop > 0) {
                        e.scrollTop = 0;
                    }
                }""");
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }
}
