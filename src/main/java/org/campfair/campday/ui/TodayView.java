package org.campfair.campday.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.campfair.campday.TodayCamp;
import org.campfair.campday.TodayService;
import org.campfair.shared.i18n.DateFormats;

/**
 * Where the menu's "Today" leads: a host to their village's board; an organizer straight to the
 * board of their one camp running today, or to a choice of their camps, running ones first.
 */
@Route("today")
@RolesAllowed({"ORGANIZER", "HOST"})
class TodayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("campday.today.title"));
    final Div camps = new Div();

    private final TodayService today;
    private final AuthenticationContext authentication;
    private final Clock clock;

    TodayView(TodayService today, AuthenticationContext authentication, Clock clock) {
        this.today = today;
        this.authentication = authentication;
        this.clock = clock;
        setMaxWidth("40rem");
        add(title, camps);
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole("HOST")) {
            event.forwardTo("village/today");
            return;
        }
        var mine = today.camps();
        // The server's date is near enough to pick the camp to jump to; the board uses the camp's zone.
        var running = mine.stream().filter(c -> running(c, LocalDate.now(clock))).toList();
        if (running.size() == 1) {
            event.forwardTo("camps/" + running.getFirst().campId() + "/today");
            return;
        }
        camps.removeAll();
        if (mine.isEmpty()) {
            camps.add(new Paragraph(getTranslation("campday.today.noCamps")));
        }
        mine.forEach(camp -> camps.add(new Div(new Anchor("camps/" + camp.campId() + "/today",
                camp.name() + " (" + DateFormats.of(getLocale()).dateRange(camp.startsOn(), camp.endsOn()) + ")"))));
    }

    private static boolean running(TodayCamp camp, LocalDate day) {
        return !day.isBefore(camp.startsOn()) && !day.isAfter(camp.endsOn());
    }
}
