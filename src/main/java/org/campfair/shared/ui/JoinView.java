package org.campfair.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
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
class JoinView extends AccountLinkView {

    final Paragraph intro = new Paragraph();

    private final InvitationService invitations;

    JoinView(InvitationService invitations) {
        super("login.join.title", "login.join.done", invitations::accept);
        this.invitations = invitations;
    }

    @Override
    protected void open(String linkToken) {
        invitations.open(linkToken).ifPresentOrElse(this::showForm,
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
