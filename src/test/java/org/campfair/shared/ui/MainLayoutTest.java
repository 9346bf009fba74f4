package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    static final String SWITCHER = "language-switcher";

    @Autowired
    AccountService accounts;

    @BeforeEach
    void account() {
        if (!accounts.exists(SWITCHER)) {
            accounts.create(SWITCHER, "a-long-password", Role.HOST, null, null);
        }
    }

    private MainLayout layout() {
        return $(MainLayout.class).single();
    }

    private java.util.List<String> navPaths() {
        return layout().nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    @WithUserDetails("participant")
    void participantsSeeTheirOwnPagesOnly() {
        navigate("me", Component.class);
        assertThat(navPaths()).containsExactly("me", "me/preferences", "me/open-seats", "check-in", "me/api-tokens",
                "me/account");
    }

    @Test
    @WithUserDetails("organizer")
    void organizersSeeTheCamps() {
        navigate("camps", Component.class);
        assertThat(navPaths()).contains("camps", "check-in").doesNotContain("me", "village");
    }

    @Test
    @WithUserDetails(value = SWITCHER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theChosenLanguageIsRememberedForTheAccount() {
        navigate("village", Component.class);
        clickMenu(text("app.language"), Locale.KOREAN.getDisplayLanguage(Locale.KOREAN));
        assertThat(accounts.languageOf(SWITCHER)).contains(Locale.KOREAN);
        clickMenu(text("app.language"), Locale.JAPANESE.getDisplayLanguage(Locale.JAPANESE));
        assertThat(accounts.languageOf(SWITCHER)).contains(Locale.JAPANESE);
    }

    @Test
    @WithUserDetails(value = SWITCHER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theAccountMenuLeadsToTheAccountPagesAndEveryPageSitsInOneMainLandmark() {
        navigate("village", Component.class);
        assertThat($(Main.class).all()).hasSize(1);
        clickMenu(text("app.nav.account"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("me/account");
        assertThat(layout().account.getItems().getFirst().getElement().getAttribute("aria-label"))
                .isEqualTo(text("app.accountMenu", SWITCHER));
    }

    /** Clicks through the account menu by the items' texts, as a person would. */
    private void clickMenu(String... path) {
        var items = layout().account.getItems().getFirst().getSubMenu().getItems();
        MenuItem item = null;
        for (String text : path) {
            item = items.stream().filter(candidate -> candidate.getText().equals(text)).findFirst().orElseThrow();
            items = item.getSubMenu().getItems();
        }
        ComponentUtil.fireEvent(item,
                new ClickEvent<>(item));
    }

    private static String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
