package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.ApiToken;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    static final String HOLDER = "token-page-host";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void account() {
        if (!accounts.exists(HOLDER)) {
            accounts.create(HOLDER, "a-long-password", Role.HOST, null, null);
        }
        jdbc.sql("delete from api_token where user_id = (select id from app_user where username = ?)").param(HOLDER)
                .update();
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aTokenIsShownOnceListedAndRevoked() {
        var view = navigate("me/api-tokens", ApiTokensView.class);
        assertThat(view.secret.isVisible()).isFalse();
        assertThat(view.tokens.getGenericDataView().getItems()).isEmpty();

        test(view.create).click();
        assertThat(view.name.isInvalid()).as("a name is needed").isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo(text("token.error.nameRequired"));

        view.name.setValue("village sync");
        view.validity.setValue(0);
        test(view.create).click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(view.secret.getValue()).startsWith("cf_");
        var listed = view.tokens.getGenericDataView().getItems().toList();
        assertThat(listed).extracting(ApiToken::name).containsExactly("village sync");
        assertThat(listed.getFirst().expiresAt()).isNull();

        // Shown once: a later visit of the page lists the token without its secret.
        navigate(LoginView.class);
        var again = navigate("me/api-tokens", ApiTokensView.class);
        assertThat(again.secret.isVisible()).isFalse();
        assertThat(test(again.tokens).getCellText(0, 0)).isEqualTo("village sync");
        var revoke = (Button) test(again.tokens).getCellComponent(0, 4);
        test(revoke).click();
        assertThat(again.tokens.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theCapIsSaidInTheAccountsLanguage() {
        var view = navigate("me/api-tokens", ApiTokensView.class);
        for (int i = 0; i < 10; i++) {
            view.name.setValue("t" + i);
            test(view.create).click();
        }
        view.name.setValue("one too many");
        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo(text("token.error.tooMany", 10));
        assertThat(view.tokens.getGenericDataView().getItems()).hasSize(10);
    }

    private String text(String key, Object... arguments) {
        return Translations.text(com.vaadin.flow.component.UI.getCurrent().getLocale(), key, arguments);
    }
}
