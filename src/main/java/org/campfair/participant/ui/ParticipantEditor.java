package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.ui.InvitationLinkField;
import org.jspecify.annotations.Nullable;

/**
 * The one participant open on the participants page: a Close button at the top (on a phone the
 * editor takes the list's place, so Close is the way back), the form, and their one-time
 * invitation link with Copy.
 */
class ParticipantEditor extends Div {

    final H2 heading = new H2();
    final Button close = new Button(getTranslation("participant.editor.close"), VaadinIcon.CLOSE_SMALL.create());
    final ParticipantForm form;
    final Button invite = new Button();
    final InvitationLinkField link = new InvitationLinkField(getTranslation("participant.invite.link"));

    private @Nullable Participant participant;
    private long campId;

    ParticipantEditor(ParticipantService participants, InvitationService invitations, Consumer<Participant> saved,
            Runnable closed) {
        this.form = new ParticipantForm(participants, p -> {
            show(p);
            saved.accept(p);
        }, closed);
        addClassName("participants-editor");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> closed.run());
        var top = new Div(heading, close);
        top.addClassName("participants-editor-top");
        invite.addClassName("wrapping-button");
        invite.addClickListener(click -> {
            var shown = participant;
            if (shown != null) {
                link.show(invitations.inviteParticipant(campId, shown.id()));
            }
        });
        link.setHelperText(getTranslation("participant.invite.linkHelp"));
        add(top, form, invite, link);
        setVisible(false);
    }

    void edit(long shownCampId, Participant p) {
        campId = shownCampId;
        show(p);
        form.edit(p);
        link.setVisible(false);
        setVisible(true);
    }

    private void show(Participant p) {
        participant = p;
        heading.setText(p.nickname());
        close.setAriaLabel(getTranslation("participant.editor.closeLabel", p.nickname()));
        invite.setText(getTranslation("participant.invite.participant", p.nickname()));
    }
}
