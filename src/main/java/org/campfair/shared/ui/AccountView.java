package org.campfair.shared.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.InvitationException;
import org.campfair.shared.security.OwnAccount;
import org.campfair.shared.security.SignedInSessions;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's own account: a new password (with the current one first), where they
 * are signed in (and signing those sessions out), a download of all their data, and deleting
 * the account. The language is chosen in the header on every page; API tokens have their own page.
 */
@Route("me/account")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final H1 title = new H1(getTranslation("account.title"));
    final PasswordField current = new PasswordField(getTranslation("account.password.current"));
    final PasswordField password = new PasswordField(getTranslation("account.password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("login.join.repeat"));
    final Button change = new Button(getTranslation("account.password.change"));
    final Paragraph result = new Paragraph();

    final UnorderedList sessionList = new UnorderedList();
    final Button signOutOthers = new Button(getTranslation("account.sessions.signOutOthers"));
    final Paragraph sessionResult = new Paragraph();

    final Anchor download = new Anchor();

    final PasswordField deletePassword = new PasswordField(getTranslation("account.password.current"));
    final Button delete = new Button(getTranslation("account.delete.button"));
    final ConfirmDialog confirmDelete = new ConfirmDialog();

    private final AccountService accounts;
    private final OwnAccount own;
    private final AuthenticationContext authentication;
    private final DateFormats dates = DateFormats.of(getLocale());

    AccountView(AccountService accounts, OwnAccount own, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.own = own;
        this.authentication = authentication;
        setMaxWidth("30rem");
        add(title);
        addPasswordSection();
        addSessionsSection();
        addDataSection();
        addDeleteSection();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }

    private void addPasswordSection() {
        password.setHelperText(getTranslation("login.join.passwordHelp"));
        for (var field : new PasswordField[] {current, password, repeat}) {
            field.setMaxLength(72);
            field.setWidthFull();
        }
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        result.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("account.password.title")), current, password, repeat, change, result);
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

    private void addSessionsSection() {
        signOutOthers.addClickListener(click -> {
            int count = own.signOutOthers(currentSessionId());
            sessionResult.setText(getTranslation("account.sessions.signedOut", count));
            showSessions();
        });
        sessionResult.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("account.sessions.title")),
                new Paragraph(getTranslation("account.sessions.intro")), sessionList, signOutOthers, sessionResult);
        showSessions();
    }

    private void showSessions() {
        sessionList.removeAll();
        for (var session : own.sessions(currentSessionId())) {
            sessionList.add(sessionItem(session));
        }
    }

    private ListItem sessionItem(SignedInSessions.Session session) {
        var item = new ListItem();
        String device = "?".equals(session.device()) ? getTranslation("account.sessions.unknownDevice")
                : session.device();
        item.add(new Span(device), new Text(" · " + getTranslation("account.sessions.since",
                dates.dateTime(session.signedInAt(), ZoneId.systemDefault()),
                dates.dateTime(session.lastActive(), ZoneId.systemDefault())) + " "));
        if (session.current()) {
            var here = new Span(getTranslation("account.sessions.thisDevice"));
            here.getElement().getThemeList().add("badge");
            item.add(here);
        } else {
            var signOut = new Button(getTranslation("account.sessions.signOut"), click -> {
                boolean signedOut = own.signOut(session.id());
                sessionResult.setText(getTranslation(signedOut ? "account.sessions.signedOut"
                        : "account.sessions.alreadyGone", 1));
                showSessions();
            });
            signOut.addThemeVariants(ButtonVariant.LUMO_SMALL);
            signOut.getElement().setAttribute("aria-label", getTranslation("account.sessions.signOutOf", device));
            item.add(signOut);
        }
        return item;
    }

    private void addDataSection() {
        download.setText(getTranslation("account.data.download"));
        // The handler runs outside the UI lock but in the same signed-in session: OwnAccount
        // reads the account from the request's own sign-in.
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] json = own.export();
            return new DownloadResponse(new ByteArrayInputStream(json), "campfair-my-data.json",
                    "application/json", json.length);
        }));
        download.setTarget(AnchorTarget.BLANK);
        download.getElement().setAttribute("download", true);
        add(new H2(getTranslation("account.data.title")), new Paragraph(getTranslation("account.data.intro")),
                download);
    }

    private void addDeleteSection() {
        deletePassword.setMaxLength(72);
        deletePassword.setWidthFull();
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            deletePassword.setInvalid(false);
            if (deletePassword.isEmpty()) {
                deletePassword.setErrorMessage(getTranslation("account.delete.passwordFirst"));
                deletePassword.setInvalid(true);
                return;
            }
            confirmDelete.open();
        });
        confirmDelete.setHeader(getTranslation("account.delete.confirmTitle"));
        confirmDelete.setText(getTranslation("account.delete.confirmText"));
        confirmDelete.setCancelable(true);
        confirmDelete.setCancelText(getTranslation("account.delete.keep"));
        confirmDelete.setConfirmText(getTranslation("account.delete.button"));
        confirmDelete.setConfirmButtonTheme("error primary");
        confirmDelete.addConfirmListener(confirmed -> deleteAccount());
        add(new H2(getTranslation("account.delete.title")), new Paragraph(getTranslation("account.delete.intro")),
                deletePassword, delete, confirmDelete);
    }

    private void deleteAccount() {
        try {
            own.delete(deletePassword.getValue(), currentSessionId());
        } catch (InvitationException wrongPassword) {
            deletePassword.setErrorMessage(getTranslation(wrongPassword.messageKey()));
            deletePassword.setInvalid(true);
            return;
        } catch (RefusedChangeException refused) {
            deletePassword.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            deletePassword.setInvalid(true);
            return;
        }
        authentication.logout();
    }

    private static @Nullable String currentSessionId() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null : session.getSession().getId();
    }
}
