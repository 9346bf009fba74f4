package org.campfair.roster.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import org.campfair.roster.NothingToPublishException;
import org.campfair.roster.RosterPublication;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolveAlreadyRunningException;

/**
 * What participants see of the roster: "Published on … by …" or "Not published yet", and how
 * many changes wait to be published. Publishing sends the roster to every participant's
 * schedule and calendar, so it first asks, with a summary: how many people, how many changes,
 * a first publication or an update.
 */
class PublicationPanel extends Span {

    final ConfirmDialog confirmation = new ConfirmDialog();
    private final RosterService rosters;
    private Registration action = () -> { };

    PublicationPanel(RosterService rosters) {
        this.rosters = rosters;
        getElement().setAttribute("aria-live", "polite");
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("roster.publishConfirm.cancel"));
        confirmation.setConfirmText(getTranslation("roster.publish"));
    }

    /** The roster's publication state in the reader's language, in the camp's time. */
    void show(RosterPublication state, ZoneId campZone) {
        if (!state.published()) {
            setText(getTranslation("roster.publication.never"));
            return;
        }
        var at = state.publishedAt().atZone(campZone);
        String when = getTranslation("roster.publication.when", new RosterFormats(this).day(at.toLocalDate()),
                at.toLocalTime().withSecond(0).withNano(0).toString());
        String published = state.publishedBy() == null ? getTranslation("roster.publication.on", when)
                : getTranslation("roster.publication.onBy", when, state.publishedBy());
        setText(published + " " + (state.changes() == 0 ? getTranslation("roster.publication.upToDate")
                : getTranslation("roster.publication.changes", state.changes())));
    }

    /** Publishes the camp's roster if the organizer confirms, then calls {@code after}. */
    void publish(long campId, Runnable after) {
        confirm(rosters.publication(campId), () -> {
            try {
                rosters.publish(campId);
                Notification.show(getTranslation("roster.published")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (NothingToPublishException | SolveAlreadyRunningException e) {
                MoveDialog.error(getTranslation(e instanceof NothingToPublishException ? "roster.nothingToPublish"
                        : "roster.move.solving"));
            }
            after.run();
        });
    }

    /** Asks before publishing; {@code publish} runs only if the organizer confirms. */
    private void confirm(RosterPublication state, Runnable publish) {
        action.remove();
        if (state.published()) {
            confirmation.setHeader(getTranslation("roster.publishConfirm.updateTitle"));
            confirmation.setText(getTranslation("roster.publishConfirm.update", state.people(), state.changes()));
        } else {
            confirmation.setHeader(getTranslation("roster.publishConfirm.firstTitle"));
            confirmation.setText(getTranslation("roster.publishConfirm.first", state.people()));
        }
        action = confirmation.addConfirmListener(confirmed -> publish.run());
        confirmation.open();
    }
}
