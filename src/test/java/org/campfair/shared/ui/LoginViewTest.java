package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.junit.jupiter.api.Test;

@CampfairIntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theSignInFormSpeaksTheVisitorsLanguageAndShowsOneMessageForEveryFailure() {
        var view = navigate(LoginView.class);
        var i18n = view.i18n;
        assertThat(i18n.getForm().getUsername()).isEqualTo(Translations.text(view.getUI().orElseThrow().getLocale(), "login.username"));
        assertThat(view.getPageTitle()).isEqualTo(Translations.text(view.getUI().orElseThrow().getLocale(), "login.pageTitle"));
        assertThat(view.form.isError()).isFalse();

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var failed = (LoginView) getCurrentView();
        assertThat(failed.form.isError()).isTrue();
        assertThat(failed.i18n.getErrorMessage().getMessage())
                .isEqualTo(Translations.text(view.getUI().orElseThrow().getLocale(), "login.error.message"));
    }

    @Test
    void aThrottledSignInSaysToWait() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.LOCKED, ""));
        var locked = (LoginView) getCurrentView();
        var locale = locked.getUI().orElseThrow().getLocale();
        assertThat(locked.form.isError()).isTrue();
        assertThat(locked.i18n.getErrorMessage().getTitle()).isEqualTo(Translations.text(locale, "login.locked.title"));
        assertThat(locked.i18n.getErrorMessage().getMessage()).isEqualTo(Translations.text(locale, "login.locked.message"));
    }
}
