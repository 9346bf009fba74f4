package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.campfair.shared.ui.InvitationLinkField;
import org.campfair.participant.Participant;
import org.campfair.shared.security.InvitationService;

/**
 * Makes one-time invitation links: for the participant open in the form, or for a host of one
 * of the camp's villages. The link is shown once; only its hash is kept.
 */
class InvitePanel extends HorizontalLayout {

    final Button inviteParticipant = new Button();
    final Select<InvitationService.Village> village = new Select<>();
    final Button inviteHost = new Button(getTranslation("participant.invite.host"));
    final InvitationLinkField link = new InvitationLinkField(getTranslation("participant.invite.link"));

    private final InvitationService invitations;
    private long campId;
    private Participant participant;

    InvitePanel(InvitationService invitations) {
        this.invitations = invitations;
        setAlignItems(Alignment.BASELINE);
        inviteParticipant.setEnabled(false);
        inviteParticipant.setText(getTranslation("participant.invite.participantNone"));
        inviteParticipant.addClickListener(click -> showLink(invitations.inviteParticipant(campId, participant.id())));
        village.setLabel(getTranslation("participant.invite.village"));
        village.setItemLabelGenerator(InvitationService.Village::name);
        inviteHost.addClickListener(click -> {
            if (village.getValue() != null) {
                showLink(invitations.inviteHost(campId, village.getValue().id()));
            }
        });
        link.setWidth("28em");
        link.setHelperText(getTranslation("participant.invite.linkHelp"));
        add(inviteParticipant, village, inviteHost, link);
    }

    void show(long campId) {
        this.campId = campId;
        village.setItems(invitations.villagesOf(campId));
    }

    void forParticipant(Participant p) {
        participant = p;
        inviteParticipant.setText(getTranslation("participant.invite.participant", p.nickname()));
        inviteParticipant.setEnabled(true);
        link.setVisible(false);
    }

    private void showLink(String token) {
        link.show(token);
    }
}
