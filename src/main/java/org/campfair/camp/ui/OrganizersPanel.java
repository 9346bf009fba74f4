package org.campfair.camp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.ui.InvitationLinkField;

/**
 * Who organizes the camp, on its settings page: co-organizers with a remove button (never the
 * last one), staff who organize every camp, an existing organizer to add by username, and a
 * one-time invitation link for someone new.
 */
class OrganizersPanel extends VerticalLayout {

    final H2 title = new H2(getTranslation("camp.organizers.title"));
    final UnorderedList organizers = new UnorderedList();
    final TextField existing = new TextField(getTranslation("camp.organizers.existing"));
    final Button add = new Button(getTranslation("camp.organizers.add"));
    final Button invite = new Button(getTranslation("camp.organizers.invite"));
    final InvitationLinkField link = new InvitationLinkField(getTranslation("camp.organizers.link"));
    final Span message = new Span();

    private final CampAccess access;
    private final InvitationService invitations;
    private long campId;

    OrganizersPanel(CampAccess access, InvitationService invitations) {
        this.access = access;
        this.invitations = invitations;
        setPadding(false);
        existing.setMaxLength(40);
        add.addClickListener(click -> addExisting());
        invite.addClickListener(click -> invite());
        link.setWidthFull();
        message.getElement().setAttribute("role", "status");
        var adding = new HorizontalLayout(existing, add);
        adding.setAlignItems(Alignment.BASELINE);
        adding.setWrap(true);
        add(title, organizers, adding, invite, link, message);
    }

    void show(long shownCampId) {
        campId = shownCampId;
        link.setVisible(false);
        message.setText("");
        list();
    }

    private void list() {
        organizers.removeAll();
        for (var organizer : access.organizersOf(campId)) {
            if (organizer.staff()) {
                organizers.add(new ListItem(getTranslation("camp.organizers.staffBadge", organizer.username())));
                continue;
            }
            var remove = new Button(getTranslation("camp.organizers.remove", organizer.username()),
                    click -> remove(organizer.username()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            organizers.add(new ListItem(new Span(organizer.username()), remove));
        }
    }

    private void remove(String username) {
        try {
            access.removeCoOrganizer(campId, username);
            message.setText(getTranslation("camp.organizers.removed", username));
            list();
        } catch (RefusedChangeException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void addExisting() {
        String username = existing.getValue().strip();
        if (username.isEmpty()) {
            return;
        }
        try {
            access.addCoOrganizer(campId, username);
            existing.clear();
            message.setText(getTranslation("camp.organizers.added", username));
            list();
        } catch (RefusedChangeException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void invite() {
        link.show(invitations.inviteOrganizer(campId));
    }
}
