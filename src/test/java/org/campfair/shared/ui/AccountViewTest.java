package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A host changes their own password: the current one first, then a new one that keeps the rules. */
@CampfairIntegrationTest
class AccountViewTest extends SpringBrowserlessTest {

    private static final String HOLDER = "password-changer";

    @Autowired
    AccountService accounts;

    @BeforeEach
    void anAccount() {
        if (!accounts.exists(HOLDER)) {
            SignIn.asTheApp(() -> accounts.create(HOLDER, "the first password", Role.HOST, null, null));
        }
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theCurrentPasswordComesFirstAndTheNewOneKeepsTheRules() {
        var view = navigate("me/account", AccountView.class);

        fill(view, "not my password", "a brand new password", "a brand new password");
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo(text("account.password.wrongCurrent"));

        fill(view, "the first password", "short", "short");
        assertThat(view.password.getErrorMessage()).isEqualTo(text("login.join.passwordTooShort"));
        fill(view, "the first password", "a brand new password", "another one");
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(accounts.hasPassword(HOLDER, "the first password")).as("nothing changed yet").isTrue();

        fill(view, "the first password", "a brand new password", "a brand new password");
        assertThat(view.result.getText()).isEqualTo(text("account.password.changed"));
        assertThat(accounts.hasPassword(HOLDER, "a brand new password")).isTrue();
        assertThat(accounts.hasPassword(HOLDER, "the first password")).isFalse();
        // Back to the first password, so that a rerun in the same database starts alike.
        SignIn.as(HOLDER, Role.HOST, () -> accounts.changeOwnPassword("a brand new password", "the first password"));
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void deletingTheAccountAsksForThePasswordAndConfirmationAndKeepsItOnAWrongOne() {
        var view = navigate("me/account", AccountView.class);
        assertThat(view.download.getHref()).as("the data download is offered").isNotBlank();

        test(view.delete).click();
        assertThat(view.deletePassword.getErrorMessage()).isEqualTo(text("account.delete.passwordFirst"));
        assertThat(view.confirmDelete.isOpened()).isFalse();

        view.deletePassword.setValue("not my password");
        test(view.delete).click();
        assertThat(view.confirmDelete.isOpened()).as("one more question before it is gone").isTrue();
        test(view.confirmDelete).confirm();
        assertThat(view.deletePassword.isInvalid()).isTrue();
        assertThat(view.deletePassword.getErrorMessage()).isEqualTo(text("account.password.wrongCurrent"));
        assertThat(accounts.exists(HOLDER)).isTrue();
    }

    private void fill(AccountView view, String current, String password, String repeat) {
        view.current.setValue(current);
        view.password.setValue(password);
        view.repeat.setValue(repeat);
        test(view.change).click();
    }

    private static String text(String key) {
        return Translations.text(UI.getCurrent().getLocale(), key);
    }
}
