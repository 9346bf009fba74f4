package org.campfair.campday.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.campfair.campday.TodayCamp;
import org.campfair.campday.TodayService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.task.TaskRoutes;
import org.springframework.security.access.AccessDeniedException;

/**
 * A host's board of the day ({@code village/today}): their own village's shifts with nicknames
 * only, for a camp the village hosts (the one running today first), and its day sheet to print.
 */
@Route(TaskRoutes.VILLAGE_TODAY)
@RolesAllowed("HOST")
class VillageTodayView extends DayPage {

    final Select<TodayCamp> camp = new Select<>();
    final TodayBoardPanel board;
    final Anchor print = new Anchor("", getTranslation("campday.today.print"));

    private final TodayService today;

    VillageTodayView(TodayService today, BoardUpdates updates) {
        super("campday.today.title");
        this.today = today;
        this.board = new TodayBoardPanel(updates);
        setMaxWidth("40rem");
        camp.setLabel(getTranslation("campday.today.camp"));
        camp.setWidthFull();
        camp.setItemLabelGenerator(c -> c.name() + " (" + DateFormats.of(getLocale()).dateRange(c.startsOn(), c.endsOn())
                + ")");
        camp.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
    }

    @Override
    void enter(BeforeEnterEvent event) {
        var camps = today.camps();
        if (camps.isEmpty()) {
            add(new Paragraph(getTranslation("campday.today.noCamps")));
            return;
        }
        add(camp, board, print, new Anchor("check-in", getTranslation("campday.today.checkIn")));
        camp.setVisible(camps.size() > 1);
        camp.clear();
        camp.setItems(camps);
        camp.setValue(wanted(event, camps));
    }

    /**
     * The camp named by {@code ?camp=} (a link to one camp's board, e.g. when a village hosts two
     * camps at once), if this host has it; otherwise the first, the running or next one.
     */
    private static TodayCamp wanted(BeforeEnterEvent event, List<TodayCamp> camps) {
        return event.getLocation().getQueryParameters().getSingleParameter("camp")
                .flatMap(id -> camps.stream().filter(c -> String.valueOf(c.campId()).equals(id)).findFirst())
                .orElse(camps.getFirst());
    }

    private void show(TodayCamp shown) {
        try {
            board.follow(shown.campId(), () -> today.board(shown.campId()));
            print.setHref("village/today/" + shown.campId() + "/print");
        } catch (NotFoundException | AccessDeniedException e) {
            board.removeAll();
            board.add(new Paragraph(getTranslation("campday.today.notYours")));
        }
    }
}
