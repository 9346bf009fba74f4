package org.campfair.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.roster.CampRoster;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.shared.NotFoundException;

/**
 * A camp's roster for its organizer: solve, watch the score, read the roster day by day
 * (nicknames only) and where everyone sleeps, then publish.
 */
@Route("camps/:campId/roster")
@PageTitle("Roster · Campfair")
@RolesAllowed("ORGANIZER")
public class RosterView extends VerticalLayout implements BeforeEnterObserver {

    public static final String CAMP_ID = "campId";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int POLL_MILLIS = 1500;

    private final CampService camps;
    private final RosterService rosters;

    final H2 title = new H2();
    final Span status = new Span();
    final Button solve = new Button("Solve");
    final Button stop = new Button("Stop");
    final Button publish = new Button("Publish");
    final Select<LocalDate> day = new Select<>();
    final ShiftGrid shifts = new ShiftGrid();
    final StayGrid stays = new StayGrid();
    final Tabs tabs;

    private long campId;
    private SolveState lastState = SolveState.NOT_SOLVING;

    RosterView(CampService camps, RosterService rosters) {
        this.camps = camps;
        this.rosters = rosters;
        setSizeFull();
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> startSolving());
        stop.addClickListener(click -> rosters.stop(campId));
        publish.addClickListener(click -> publish());
        status.getElement().setAttribute("aria-live", "polite");
        var actions = new HorizontalLayout(solve, stop, publish, status);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);

        day.setLabel("Day");
        day.setItemLabelGenerator(DAY::format);
        day.addValueChangeListener(change -> showDay());
        var byDay = new VerticalLayout(day, shifts);
        byDay.setPadding(false);
        byDay.setSizeFull();
        // Both panes stay attached and only change visibility, so switching is instant.
        stays.setVisible(false);
        var byDayTab = new Tab("By day");
        var staysTab = new Tab("Stays");
        tabs = new Tabs(byDayTab, staysTab);
        tabs.addSelectedChangeListener(change -> {
            byDay.setVisible(change.getSelectedTab() == byDayTab);
            stays.setVisible(change.getSelectedTab() == staysTab);
        });
        add(title, actions, tabs, byDay, stays);
        setFlexGrow(1, byDay, stays);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            campId = Long.parseLong(event.getRouteParameters().get(CAMP_ID).orElse(""));
            Camp camp = camps.get(campId);
            title.setText(camp.name());
            day.setItems(camp.startsOn().datesUntil(camp.endsOn().plusDays(1)).toList());
            day.setValue(camp.startsOn());
            refresh();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "No such camp");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(poll -> {
            if (lastState != SolveState.NOT_SOLVING) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void startSolving() {
        try {
            rosters.solve(campId);
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void publish() {
        try {
            rosters.publish(campId);
            Notification.show("Published: participants' calendars now show this roster")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** Re-reads status and roster; polls while a solve runs so the page follows it. */
    void refresh() {
        SolveStatus current = rosters.status(campId);
        boolean solving = current.state() != SolveState.NOT_SOLVING;
        if (lastState != SolveState.NOT_SOLVING && !solving) {
            Notification.show("Solving finished: " + current.score());
        }
        lastState = current.state();
        getUI().ifPresent(ui -> ui.setPollInterval(solving ? POLL_MILLIS : -1));
        solve.setEnabled(!solving);
        stop.setEnabled(solving);
        publish.setEnabled(!solving && current.score() != null);
        status.setText(describe(current));
        showDay();
        stays.setStays(roster().stays());
    }

    private CampRoster roster() {
        return rosters.roster(campId);
    }

    private void showDay() {
        if (day.getValue() != null && campId != 0) {
            shifts.setShifts(roster().shiftsOn(day.getValue()));
        }
    }

    private static String describe(SolveStatus status) {
        if (status.score() == null && status.state() == SolveState.NOT_SOLVING) {
            return "No roster yet: press Solve";
        }
        String score = status.score() == null ? "none yet" : "score " + status.score();
        return switch (status.state()) {
            case SOLVING -> "Solving… best so far: " + score;
            case SCHEDULED -> "Waiting for the solver…";
            case NOT_SOLVING -> Boolean.FALSE.equals(status.feasible())
                    ? "Roster breaks hard rules: " + score : "Roster: " + score;
        };
    }
}
