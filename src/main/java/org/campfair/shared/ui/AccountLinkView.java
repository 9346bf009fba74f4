package org.campfair.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Where a one-time link that makes an account lands (an invitation, the first organizer's
 * set-up): the token comes from the route, a valid one opens the new-account form, and once the
 * account is made the page says so and points to the sign-in.
 */
abstract class AccountLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Makes the account for the link's token; throws when a rule is broken, as the form expects. */
    interface Creation {
        void create(String token, String username, String password);
    }

    final H1 title;
    final NewAccountForm form;

    private final String titleKey;
    private String token = "";

    AccountLinkView(String titleKey, String doneKey, Creation creation) {
        this.titleKey = titleKey;
        title = new H1(getTranslation(titleKey));
        setAlignItems(Alignment.CENTER);
        form = new NewAccountForm((username, password) -> creation.create(token, username, password), () -> {
            removeAll();
            add(title, new Paragraph(getTranslation(doneKey)), signIn());
        });
    }

    /** Below the title: the form (with an introduction) for a valid link, what is wrong otherwise. */
    protected abstract void open(String linkToken);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(title);
        open(token);
    }

    Anchor signIn() {
        return new Anchor("login", getTranslation("login.submit"));
    }
}
