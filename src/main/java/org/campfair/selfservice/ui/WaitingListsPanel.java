package org.campfair.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.campfair.selfservice.MyWaitingLists;
import org.campfair.selfservice.ShiftTime;
import org.campfair.selfservice.WaitingListService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;

/**
 * Waiting lists on the open-seats page: a seat held for the participant (take it or let it go,
 * and until when), the lists they are on with their place, and the full tasks they could join.
 * Results and refusals go to the page's status line.
 */
class WaitingListsPanel extends Div {

    final H2 title = new H2();
    final Div held = new Div();
    final Div lists = new Div();
    final Div joinable = new Div();

    private final WaitingListService service;
    private final long participantId;
    private final ZoneId zone;
    private final Consumer<String> status;
    private final Runnable changed;

    WaitingListsPanel(WaitingListService service, long participantId, ZoneId zone, Consumer<String> status,
            Runnable changed) {
        this.service = service;
        this.participantId = participantId;
        this.zone = zone;
        this.status = status;
        this.changed = changed;
        setWidthFull();
        title.setText(getTranslation("waitingList.title"));
        add(title, held, lists, joinable);
    }

    void show(DateTimeFormatter day) {
        held.removeAll();
        lists.removeAll();
        joinable.removeAll();
        MyWaitingLists mine = service.mine(participantId);
        var until = DateTimeFormatter.ofPattern(getTranslation("app.format.dateTime"), getLocale()).withZone(zone);
        for (var seat : mine.held()) {
            var take = new Button(getTranslation("waitingList.take"), click -> act(() -> service.accept(participantId,
                    seat.id(), ShiftTime.of(seat)), getTranslation("waitingList.taken", seat.task())));
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var letGo = new Button(getTranslation("waitingList.letGo"), click -> act(() -> service.decline(participantId,
                    seat.id()), getTranslation("waitingList.letGone")));
            held.add(card(getTranslation("waitingList.held", seat.task(), until.format(seat.expiresAt())),
                    getTranslation("openSeats.when", day.format(seat.day()), seat.start(), seat.end(), seat.site()),
                    seat.task(), take, letGo));
        }
        if (mine.closedReason() != null) {
            lists.add(new Paragraph(getTranslation(mine.closedReason())));
        }
        for (var entry : mine.lists()) {
            var leave = new Button(getTranslation("waitingList.leave"), click -> act(() -> service.leave(participantId,
                    entry.taskId()), getTranslation("waitingList.left", entry.task())));
            lists.add(card(entry.task(), getTranslation("waitingList.position", entry.position(), entry.length()),
                    entry.task(), leave));
        }
        for (var task : mine.joinable()) {
            var join = new Button(getTranslation("waitingList.join"), click -> act(() -> service.join(participantId,
                    task.taskId()), getTranslation("waitingList.joined", task.task())));
            joinable.add(card(task.task(), getTranslation("waitingList.full"), task.task(), join));
        }
        setVisible(held.getComponentCount() + lists.getComponentCount() + joinable.getComponentCount() > 0);
    }

    /** The held seats, lists and joinable tasks shown. */
    int count() {
        return (int) java.util.stream.Stream.of(held, lists, joinable).flatMap(Div::getChildren)
                .filter(card -> card instanceof Div div && div.hasClassName("waiting-list")).count();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            changed.run();
            status.accept(done);
        } catch (RefusedChangeException e) {
            changed.run();
            status.accept(getTranslation(e.messageKey(), e.arguments()));
        } catch (NotFoundException e) {
            changed.run();
            status.accept(getTranslation("waitingList.refused.gone"));
        }
    }

    private static Div card(String title, String detail, String task, Button... buttons) {
        var card = new Div(new Paragraph(title), new Paragraph(detail));
        for (var button : buttons) {
            button.getElement().setAttribute("aria-label", button.getText() + ": " + task);
            card.add(button);
        }
        card.addClassName("waiting-list");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        return card;
    }
}
