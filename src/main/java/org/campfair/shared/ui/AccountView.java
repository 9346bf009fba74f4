package org.campfair.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.InvitationException;

/**
 * The signed-in person's own account: for now, a new password (with the current one first).
 * The language is chosen in the header on every page; API tokens have their own page.
 */
@Route("me/account")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final H2 title = new H2(getTranslation("account.title"));
    final PasswordField current = new PasswordField(getTranslation("account.password.current"));
    final PasswordField password = new PasswordField(getTranslation("account.password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("login.join.repeat"));
    final Button change = new Button(getTranslation("account.password.change"));
    final Paragraph result = new Paragraph();

    private final AccountService accounts;

    AccountView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("30rem");
        password.setHelperText(getTranslation("login.join.passwordHelp"));
        for (var field : new PasswordField[] {current, password, repeat}) {
            field.setMaxLength(72);
            field.setWidthFull();
        }
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        result.getElement().setAttribute("role", "status");
        add(title, new H3(getTranslation("account.password.title")), current, password, repeat, change, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }

    private void change() {
        for (var field : new PasswordField[] {current, password, repeat}) {
            field.setInvalid(false);
        }
        result.setText("");
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("login.join.passwordsDiffer"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), password.getValue());
        } catch (InvitationException problem) {
            var field = "current".equals(problem.field()) ? current : password;
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
            return;
        }
        current.clear();
        password.clear();
        repeat.clear();
        result.setText(getTranslation("account.password.changed"));
    }
}
