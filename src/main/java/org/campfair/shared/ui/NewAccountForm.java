package org.campfair.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.campfair.shared.security.InvitationException;

/**
 * Username, password twice and a button: how a new account is made, from an invitation link or
 * the first organizer's set-up link. The service checks the rules; this form shows a broken
 * rule at its field, and a problem with the link itself below the button.
 */
class NewAccountForm extends VerticalLayout {

    /** What the button does with the username and password; throws when a rule is broken. */
    interface Creation {
        void create(String username, String password);
    }

    final TextField username = new TextField(getTranslation("login.username"));
    final PasswordField password = new PasswordField(getTranslation("login.password"));
    final PasswordField repeat = new PasswordField(getTranslation("login.join.repeat"));
    final Button create = new Button(getTranslation("login.join.create"));
    final Paragraph result = new Paragraph();

    NewAccountForm(Creation creation, Runnable done) {
        setPadding(false);
        setAlignItems(Alignment.CENTER);
        username.setHelperText(getTranslation("login.join.usernameHelp"));
        username.setMaxLength(40);
        password.setHelperText(getTranslation("login.join.passwordHelp"));
        password.setMaxLength(72);
        repeat.setMaxLength(72);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (submit(creation)) {
                done.run();
            }
        });
        add(username, password, repeat, create, result);
    }

    private boolean submit(Creation creation) {
        username.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        result.setText("");
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("login.join.passwordsDiffer"));
            repeat.setInvalid(true);
            return false;
        }
        try {
            creation.create(username.getValue().strip(), password.getValue());
            return true;
        } catch (InvitationException problem) {
            String message = getTranslation(problem.messageKey());
            switch (problem.field()) {
                case "username" -> {
                    username.setErrorMessage(message);
                    username.setInvalid(true);
                }
                case "password" -> {
                    password.setErrorMessage(message);
                    password.setInvalid(true);
                }
                default -> result.setText(message);
            }
            return false;
        }
    }
}
