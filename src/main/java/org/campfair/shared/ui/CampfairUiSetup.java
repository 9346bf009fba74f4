package org.campfair.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Two things every page needs. The language: a signed-in person's stored language, or
 * before sign-in the browser's (Vaadin picks the closest of ours). And the camp guard: a
 * page with a campId opens only for an organizer of that camp; for anyone else the camp
 * does not exist (404), so camp ids reveal nothing.
 */
@Component
class CampfairUiSetup implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CampAccess access;

    CampfairUiSetup(AccountService accounts, CampAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            signedIn().flatMap(user -> accounts.languageOf(user.getName())).ifPresent(language -> {
                ui.setLocale(language);
                VaadinSession.getCurrent().setLocale(language);
            });
            ui.addBeforeEnterListener(this::guardCamp);
        });
    }

    private void guardCamp(BeforeEnterEvent event) {
        var campId = event.getRouteParameters().get("campId");
        if (campId.isPresent() && !access.mayOrganize(signedIn().orElse(null), campId.get())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    static Optional<Authentication> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    /** The locale a session uses from now on, e.g. after the person picked another language. */
    static void use(Locale language) {
        VaadinSession.getCurrent().setLocale(language);
    }
}
