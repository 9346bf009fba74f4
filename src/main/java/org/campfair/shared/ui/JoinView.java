package org.campfair.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campfair.shared.security.Invitation;
import org.campfair.shared.security.InvitationService;

/**
 * Where an invitation link lands: the invitee picks a username and password, and the new
 * account is linked to their participant or host village. Then they sign in as usual.
 */
@Route(value = "join/:token", autoLayout = false)
@AnonymousAllowed
class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("login.join.title"));
    final Paragraph intro = new Paragraph();
    final NewAccountForm form;

    private final InvitationService invitations;
    private String token = "";

    JoinView(InvitationService invitations) {
        this.invitations = invitations;
        setAlignItems(Alignment.CENTER);
        form = new NewAccountForm((username, password) -> invitations.accept(token, username, password), () -> {
            removeAll();
            add(title, new Paragraph(getTranslation("login.join.done")),
                    new Anchor("login", getTranslation("login.submit")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.join.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(title);
        invitations.open(token).ifPresentOrElse(this::showForm,
                () -> add(new Paragraph(getTranslation("login.join.invalidLink"))));
    }

    private void showForm(Invitation invitation) {
        intro.setText(switch (invitation.role()) {
            case HOST -> getTranslation("login.join.introHost", invitation.linksTo());
            case ORGANIZER -> getTranslation("login.join.introOrganizer", invitation.linksTo());
            case PARTICIPANT -> getTranslation("login.join.introParticipant", invitation.linksTo());
        });
        add(intro, form);
    }
}
