package org.campfair.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.shared.NotFoundException;

/**
 * A camp's roster for its organizer: solve and watch the score live (server push), read the
 * roster by day (nicknames only), where everyone sleeps, why it scores what it scores, how
 * fairly work is shared, and what publishing would change; then publish.
 */
@Route("camps/:campId/roster")
@PageTitle("Roster · Campfair")
@RolesAllowed("ORGANIZER")
public class RosterView extends VerticalLayout implements BeforeEnterObserver {

    public static final String CAMP_ID = "campId";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final CampService camps;
    private final RosterService rosters;

    final H2 title = new H2();
    final Span status = new Span();
    final Button solve = new Button("Solve");
    final Button stop = new Button("Stop");
    final Button publish = new Button("Publish");
    final Button calendarLinks = new Button("Calendar links");
    final Select<LocalDate> day = new Select<>();
    final ShiftGrid shifts = new ShiftGrid();
    final StayGrid stays = new StayGrid();
    final ExplanationPanel explanation = new ExplanationPanel();
    final FairnessChart fairness = new FairnessChart();
    final ChangesGrid changes = new ChangesGrid();
    final Tabs tabs = new Tabs();
    private final Map<Tab, Component> panes = new LinkedHashMap<>();

    private long campId;
    private SolveState lastState = SolveState.NOT_SOLVING;
    private Runnable unfollow = () -> { };

    RosterView(CampService camps, RosterService rosters) {
        this.camps = camps;
        this.rosters = rosters;
        setSizeFull();
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> startSolving());
        stop.addClickListener(click -> rosters.stop(campId));
        publish.addClickListener(click -> publish());
        status.getElement().setAttribute("aria-live", "polite");
        calendarLinks.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("camps/" + campId + "/calendars")));
        var actions = new HorizontalLayout(solve, stop, publish, calendarLinks, status);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);

        day.setLabel("Day");
        day.setItemLabelGenerator(DAY::format);
        day.addValueChangeListener(change -> showDay());
        var byDay = new VerticalLayout(day, shifts);
        byDay.setPadding(false);
        byDay.setSizeFull();
        var chart = new VerticalLayout(new Span("Hours per day at camp; the dashed line is the fair share; "
                + "✿ marks newcomers."), fairness);
        chart.setPadding(false);
        addPane("By day", byDay);
        addPane("Stays", stays);
        addPane("Why", explanation);
        addPane("Fairness", chart);
        addPane("Changes", changes);
        tabs.addSelectedChangeListener(change -> showPane());
        add(title, actions, tabs);
        panes.values().forEach(this::add);
        showPane();
    }

    private void addPane(String label, Component pane) {
        var tab = new Tab(label);
        tabs.add(tab);
        panes.put(tab, pane);
        setFlexGrow(1, pane);
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
        UI ui = event.getUI();
        unfollow = rosters.follow(campId, update -> ui.access(() -> {
            if (update.state() == SolveState.NOT_SOLVING) {
                refresh();
            } else {
                showStatus(update);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unfollow.run();
    }

    private void startSolving() {
        try {
            showStatus(rosters.solve(campId));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private void publish() {
        try {
            rosters.publish(campId);
            Notification.show("Published: participants' calendars now show this roster")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            error(e);
        }
        refresh();
    }

    /** Re-reads the status and the visible pane from the database. */
    void refresh() {
        var current = rosters.status(campId);
        if (lastState != SolveState.NOT_SOLVING && current.state() == SolveState.NOT_SOLVING) {
            Notification.show("Solving finished: " + current.score());
        }
        showStatus(current);
        showPane();
    }

    private void showStatus(SolveStatus current) {
        boolean solving = current.state() != SolveState.NOT_SOLVING;
        lastState = current.state();
        solve.setEnabled(!solving);
        stop.setEnabled(solving);
        publish.setEnabled(!solving && current.score() != null);
        status.setText(describe(current));
    }

    /** Only the visible pane is loaded: explanations and charts cost a score analysis. */
    private void showPane() {
        panes.forEach((tab, pane) -> pane.setVisible(tab.equals(tabs.getSelectedTab())));
        if (campId == 0) {
            return;
        }
        var pane = panes.get(tabs.getSelectedTab());
        if (pane == stays) {
            stays.setStays(rosters.roster(campId).stays());
        } else if (pane == explanation) {
            explanation.setExplanation(rosters.explain(campId));
        } else if (pane == changes) {
            changes.setChanges(rosters.changesSincePublication(campId));
        } else if (pane != null && pane.getChildren().anyMatch(child -> child == fairness)) {
            fairness.setShares(rosters.workShares(campId));
        } else {
            showDay();
        }
    }

    private void showDay() {
        if (day.getValue() != null && campId != 0) {
            shifts.setShifts(rosters.roster(campId).shiftsOn(day.getValue()));
        }
    }

    private static void error(RuntimeException e) {
        Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
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
