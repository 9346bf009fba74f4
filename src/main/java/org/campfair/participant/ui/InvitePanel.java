package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.ui.InvitationLinkField;

/**
 * Makes one-time invitation links for a host of one of the camp's villages (a participant's
 * own link is made in their editor). The link is shown once; only its hash is kept.
 */
class InvitePanel extends FlexLayout {

    final Select<InvitationService.Village> village = new Select<>();
    final Button inviteHost = new Button(getTranslation("participant.invite.host"));
    final InvitationLinkField link = new InvitationLinkField(getTranslation("participant.invite.link"));

    private final InvitationService invitations;
    private long campId;

    InvitePanel(InvitationService invitations) {
        this.invitations = invitations;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "0 var(--lumo-space-s)");
        village.setLabel(getTranslation("participant.invite.village"));
        village.setItemLabelGenerator(InvitationService.Village::name);
        inviteHost.addClickListener(click -> {
            if (village.getValue() != null) {
                link.show(invitations.inviteHost(campId, village.getValue().id()));
            }
        });
        link.setHelperText(getTranslation("participant.invite.linkHelp"));
        add(village, inviteHost, link);
    }

    void show(long campId) {
        this.campId = campId;
        village.setItems(invitations.villagesOf(campId));
    }
}
