package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
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
        assertThat(navPaths()).containsExactly("me", "me/preferences", "check-in", "me/api-tokens", "me/account");
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
        test(layout().language).selectItem(Locale.KOREAN.getDisplayLanguage(Locale.KOREAN));
        assertThat(accounts.languageOf(SWITCHER)).contains(Locale.KOREAN);
        test(layout().language).selectItem(Locale.JAPANESE.getDisplayLanguage(Locale.JAPANESE));
        assertThat(accounts.languageOf(SWITCHER)).contains(Locale.JAPANESE);
    }
}
