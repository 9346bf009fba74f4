package org.campfair.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.SeatTakePreview;
import org.campfair.selfservice.SeatOffer;
import org.campfair.selfservice.SeatOfferService;
import org.campfair.selfservice.ShiftTime;
import org.campfair.shared.RefusedChangeException;
import org.jspecify.annotations.Nullable;

/**
 * Give-aways and swaps on the open-seats page: seats others give away that the participant may
 * take (the giver by nickname), swap offers with one button per seat of theirs the offerer could
 * take in return, and their own published shifts, each with buttons to give it away or offer it
 * as a swap or, once offered, to withdraw the offer. Results and refusals go to the page's status line.
 */
class GiveAwaysPanel extends Div {

    final H2 offersTitle = new H2();
    final Div offers = new Div();
    final H2 mineTitle = new H2();
    final Div mine = new Div();

    private final SeatOfferService service;
    private final PublishedRosterService published;
    private final long participantId;
    private final Consumer<String> status;
    private final Runnable changed;
    private final Consumer<TakeDialog> opened;

    GiveAwaysPanel(SeatOfferService service, PublishedRosterService published, long participantId,
            Consumer<String> status, Runnable changed, Consumer<TakeDialog> opened) {
        this.service = service;
        this.published = published;
        this.participantId = participantId;
        this.status = status;
        this.changed = changed;
        this.opened = opened;
        setWidthFull();
        offersTitle.setText(getTranslation("offers.title"));
        mineTitle.setText(getTranslation("offers.mine"));
        add(offersTitle, offers, mineTitle, mine);
    }

    void show(DateTimeFormatter day) {
        offers.removeAll();
        // Offers this participant accepted, while the organizers decide.
        for (SeatOffer asked : service.waitingForApproval(participantId)) {
            var card = card(getTranslation("offers.from", asked.task(), asked.offeredBy()), getTranslation(
                    "openSeats.when", day.format(asked.day()), asked.start(), asked.end(), asked.site()));
            card.add(waiting(getTranslation("offers.askedWaiting")));
            offers.add(card);
        }
        var available = service.offersFor(participantId);
        if (available.isEmpty() && offers.getComponentCount() == 0) {
            offers.add(new Paragraph(getTranslation("offers.none")));
        }
        for (SeatOffer offer : available) {
            String when = getTranslation("openSeats.when", day.format(offer.day()), offer.start(), offer.end(),
                    offer.site());
            if (offer.kind() == SeatOffer.Kind.SWAP) {
                var buttons = offer.inReturn().stream().map(mine -> {
                    var give = new Button(getTranslation("offers.swapFor", mine.task(), day.format(mine.day()),
                            mine.start()), click -> confirm(offer, mine.shiftId()));
                    give.addClassName("swap-for");
                    return give;
                }).toArray(Button[]::new);
                offers.add(card(getTranslation("offers.swapFrom", offer.task(), offer.offeredBy()), when, buttons));
                continue;
            }
            var take = new Button(getTranslation("openSeats.take"), click -> confirm(offer, null));
            take.getElement().setAttribute("aria-label", getTranslation("openSeats.take") + ": " + offer.task());
            offers.add(card(getTranslation("offers.from", offer.task(), offer.offeredBy()), when, take));
        }
        mine.removeAll();
        var offered = service.mine(participantId);
        for (var shift : published.shiftsOf(participantId)) {
            var open = offered.stream().filter(offer -> offer.shiftId() == shift.shiftId()).findFirst();
            var buttons = open.isPresent()
                    ? new Button[] {new Button(getTranslation("offers.withdraw"), click -> act(
                            () -> service.withdraw(participantId, open.get().id()), "offers.withdrawn"))}
                    : new Button[] {
                        new Button(getTranslation("offers.giveAway"), click -> act(() -> service.offer(participantId,
                                shift.shiftId(), SeatOffer.Kind.GIVE), "offers.offered")),
                        new Button(getTranslation("offers.offerSwap"), click -> act(() -> service.offer(participantId,
                                shift.shiftId(), SeatOffer.Kind.SWAP), "offers.offeredSwap"))};
            for (var button : buttons) {
                button.getElement().setAttribute("aria-label", button.getText() + ": " + shift.task());
            }
            var card = card(shift.task(), getTranslation("openSeats.when", day.format(shift.day()), shift.start(),
                    shift.end(), shift.site()), buttons);
            open.filter(SeatOffer::waitsForApproval).ifPresent(offer -> card.addComponentAsFirst(
                    waiting(getTranslation("offers.acceptedWaiting", offer.acceptedBy()))));
            mine.add(card);
        }
        mineTitle.setVisible(mine.getComponentCount() > 0);
    }

    /** The offers shown that the participant may take or has accepted. */
    int offerCount() {
        return (int) offers.getChildren().filter(card -> card instanceof Div div && div.hasClassName("open-seat"))
                .count();
    }

    /** The participant's own published shifts shown, each to give away or offer as a swap. */
    int shiftCount() {
        return mine.getComponentCount();
    }

    /** The preview and confirmation; for a swap, giving the offerer the seat of {@code returnShiftId}. */
    private void confirm(SeatOffer offer, @Nullable Long returnShiftId) {
        try {
            SeatTakePreview preview = service.preview(participantId, offer.id(), returnShiftId, getLocale());
            var dialog = new TakeDialog(preview, () -> accept(offer, returnShiftId));
            opened.accept(dialog);
            dialog.open();
        } catch (RefusedChangeException e) {
            changed.run();
            status.accept(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void accept(SeatOffer offer, @Nullable Long returnShiftId) {
        try {
            // As shown: if the organizers moved the shift since, the participant is told and sees it again.
            var accepted = service.accept(participantId, offer.id(), returnShiftId, ShiftTime.of(offer));
            changed.run();
            status.accept(getTranslation(accepted.waitsForApproval() ? "offers.waitingForApproval"
                    : returnShiftId == null ? "offers.taken" : "offers.swapped"));
        } catch (RefusedChangeException e) {
            changed.run();
            status.accept(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            changed.run();
            status.accept(getTranslation(doneKey));
        } catch (RefusedChangeException e) {
            changed.run();
            status.accept(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** "Waiting for the organizer", as a badge both sides of a pending change see. */
    private static Paragraph waiting(String text) {
        var line = new Paragraph(text);
        line.addClassName("waiting-for-approval");
        line.getStyle().set("font-weight", "600");
        return line;
    }

    private static Div card(String title, String when, Button... buttons) {
        var card = new Div(new Paragraph(title), new Paragraph(when));
        card.add(buttons);
        card.addClassName("open-seat");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        return card;
    }
}
