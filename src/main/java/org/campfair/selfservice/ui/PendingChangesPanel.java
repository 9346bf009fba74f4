package org.campfair.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.campfair.selfservice.PendingChange;
import org.campfair.selfservice.SeatOffer;
import org.campfair.selfservice.SeatOfferService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;

/**
 * The give-aways and swaps that wait for the organizers, oldest first, each with Approve and
 * Decline. Approving checks the change again as things are now; a refusal says which rule or
 * what moved, and declining says that nothing changed.
 */
class PendingChangesPanel extends Div {

    final H2 title = new H2();
    final Div changes = new Div();
    final Paragraph message = new Paragraph();

    private final SeatOfferService offers;
    private final long campId;
    private final ZoneId zone;
    private final Runnable applied;

    PendingChangesPanel(SeatOfferService offers, long campId, ZoneId zone, Runnable applied) {
        this.offers = offers;
        this.campId = campId;
        this.zone = zone;
        this.applied = applied;
        setWidthFull();
        title.setText(getTranslation("selfService.pending"));
        message.getElement().setAttribute("role", "status");
        add(title, message, changes);
        show();
    }

    void show() {
        changes.removeAll();
        var waiting = offers.pending(campId);
        if (waiting.isEmpty()) {
            changes.add(new Paragraph(getTranslation("selfService.pending.none")));
        }
        var day = DateTimeFormatter.ofPattern(getTranslation("app.format.day"), getLocale());
        var at = DateTimeFormatter.ofPattern(getTranslation("app.format.dateTime"), getLocale()).withZone(zone);
        for (PendingChange change : waiting) {
            String what = change.kind() == SeatOffer.Kind.SWAP
                    ? getTranslation("selfService.pending.swap", change.acceptedBy(), change.offeredBy(), change.task(),
                            day.format(change.day()), change.start(), change.returnTask(),
                            change.returnDay() == null ? "" : day.format(change.returnDay()), change.returnStart())
                    : getTranslation("selfService.pending.give", change.acceptedBy(), change.offeredBy(),
                            change.task(), day.format(change.day()), change.start(), change.end());
            var approve = new Button(getTranslation("selfService.pending.approve"), click -> approve(change));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var decline = new Button(getTranslation("selfService.pending.decline"), click -> decline(change));
            for (var button : new Button[] {approve, decline}) {
                button.getElement().setAttribute("aria-label", button.getText() + ": " + what);
            }
            var card = new Div(new Paragraph(what), new Paragraph(getTranslation("selfService.pending.asked",
                    at.format(change.requestedAt()))), approve, decline);
            card.addClassName("pending-change");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s)")
                    .set("margin-bottom", "var(--lumo-space-s)");
            changes.add(card);
        }
    }

    private void approve(PendingChange change) {
        try {
            offers.approve(campId, change.offerId());
            message.setText(getTranslation("selfService.pending.approved", change.acceptedBy(), change.task()));
            applied.run();
        } catch (RefusedChangeException e) {
            message.setText(getTranslation("selfService.pending.refused", getTranslation(e.messageKey(),
                    e.arguments())));
        } catch (NotFoundException e) {
            message.setText(getTranslation("selfService.pending.gone"));
        }
        show();
    }

    private void decline(PendingChange change) {
        try {
            offers.decline(campId, change.offerId());
            message.setText(getTranslation("selfService.pending.declined", change.acceptedBy(), change.task()));
        } catch (NotFoundException e) {
            message.setText(getTranslation("selfService.pending.gone"));
        }
        show();
    }
}
