package org.campfair.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.LongFunction;
import org.campfair.camp.Camp;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterRoutes;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterShift;
import org.campfair.roster.RosterStay;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.task.TaskService;
import org.jspecify.annotations.Nullable;

/**
 * A camp's roster for its organizer: solve and watch progress and the score live (server push;
 * the visible pane re-reads each roster the solve saves, so the previous or best-so-far roster
 * stays in view, never a grid of open seats until the end), read the
 * roster by day, by participant and by house (nicknames only), where everyone sleeps, why it
 * scores what it scores, how fairly work is shared and what publishing would change; edit it
 * by hand, re-plan after a dropout, then publish. Only the visible tab is read.
 */
@Route(RosterRoutes.ROSTER)
@RolesAllowed("ORGANIZER")
class RosterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CampService camps;
    private final RosterService rosters;
    private final RosterPages pages;
    private final RosterEdits edits;
    private final Clock clock;
    private final TaskService tasks;

    final H1 title = new H1();
    /** To the board of the day, while the camp runs. */
    final Anchor today = new Anchor();
    final SolveBar actions = new SolveBar();
    final NothingToSolve nothingToSolve = new NothingToSolve();
    final PublicationPanel publication;
    final DayPane byDay;
    final Select<LocalDate> day;
    final ShiftGrid shifts;
    final ParticipantPane participant;
    final HousePane house;
    final StayGrid stays;
    final ExplanationPanel explanation = new ExplanationPanel();
    final FairnessChart fairness = new FairnessChart();
    final ChangesPane changes = new ChangesPane();
    private final RosterTabs paneTabs = new RosterTabs();
    final Tabs tabs = paneTabs.tabs;
    @Nullable Dialog openDialog;

    private @Nullable Camp camp;
    private SolveState lastState = SolveState.NOT_SOLVING;
    private Runnable unfollow = () -> { };
    /** When the roster the pane shows was saved, to re-read it when a running solve saves a better one. */
    private @Nullable Instant paneSavedAt;

    RosterView(CampService camps, RosterService rosters, RosterPages pages, RosterEdits edits, TaskService tasks,
            Clock clock) {
        this.camps = camps;
        this.tasks = tasks;
        this.clock = clock;
        this.rosters = rosters;
        this.pages = pages;
        this.edits = edits;
        setSizeFull();
        publication = new PublicationPanel(rosters);
        byDay = new DayPane(pages, this::openSeat);
        day = byDay.day;
        shifts = byDay.shifts;
        participant = new ParticipantPane(pages, this::openBed);
        house = new HousePane(pages, edits);
        stays = new StayGrid(pages, this::openBed, this::pinStay);
        actions.solve.addClickListener(click -> startSolving());
        actions.stop.addClickListener(click -> rosters.stop(campId()));
        actions.publish.addClickListener(click -> publication.publish(campId(), this::refresh));
        actions.dropout.addClickListener(click -> open(new DropoutDialog(rosters, pages, camp, this::replanning)));
        navigateOnClick(actions.calendarLinks, RosterLinks::calendars);
        navigateOnClick(actions.priorities, RosterLinks::priorities);
        navigateOnClick(actions.afterCamp, RosterLinks::afterCamp);
        navigateOnClick(actions.selfService, RosterLinks::selfService);
        var chart = new VerticalLayout(new Span(getTranslation("roster.fairness.legend")), fairness);
        chart.setPadding(false);
        addPane("roster.tab.byDay", new RosterTabs.Pane(byDay, false, byDay::show));
        addPane("roster.tab.byParticipant", new RosterTabs.Pane(participant, false, () -> participant.show(campId())));
        addPane("roster.tab.byHouse", new RosterTabs.Pane(house, false,
                () -> house.show(campId(), camp().startsOn(), camp().endsOn().minusDays(1))));
        addPane("roster.tab.stays", new RosterTabs.Pane(stays, false, () -> stays.show(campId())));
        addPane("roster.tab.why", new RosterTabs.Pane(explanation, true, () -> explanation.setExplanation(campId(),
                rosters.explain(campId(), getLocale()), pages.everyone(campId()))));
        addPane("roster.tab.fairness", new RosterTabs.Pane(chart, true, () -> fairness.setShares(rosters.workShares(campId()))));
        addPane("roster.tab.changes", new RosterTabs.Pane(changes, true, () -> changes.setChanges(
                rosters.changesSincePublication(campId()), rosters.publication(campId()).published())));
        tabs.addSelectedChangeListener(change -> showPane());
        today.setText(getTranslation("roster.today"));
        today.setVisible(false);
        add(title, today, nothingToSolve, actions, publication, tabs);
        paneTabs.components().forEach(this::add);
        showPane();
    }

    private void addPane(String key, RosterTabs.Pane pane) {
        paneTabs.add(getTranslation(key), pane);
        setFlexGrow(1, pane.component());
    }

    private void navigateOnClick(Button button, LongFunction<String> route) {
        button.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(route.apply(campId()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CampRoutes.campOf(event, camps, "roster.noSuchCamp").ifPresent(found -> {
            camp = found;
            title.setText(found.name());
            today.setHref(CampRoutes.today(found.id()));
            today.setVisible(found.isRunning(clock));
            byDay.setCamp(found);
            nothingToSolve.show(found.id(), !tasks.shifts(found.id()).isEmpty(), pages.countStays(found.id()) > 0);
            refresh();
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unfollow = rosters.follow(campId(), update -> ui.access(() -> {
            if (update.state() == SolveState.NOT_SOLVING) {
                refresh();
            } else {
                showStatus(update);
                showSavedSoFar(update);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unfollow.run();
    }

    /** A running solve saved a better roster: the visible pane shows it, unless it costs a score analysis. */
    void showSavedSoFar(SolveStatus update) {
        if (update.solvedAt() != null && !update.solvedAt().equals(paneSavedAt)) {
            paneSavedAt = update.solvedAt();
            if (!paneTabs.selectedIsCostly()) {
                showPane();
            }
        }
    }

    private long campId() {
        return camp == null ? 0 : camp.id();
    }

    private Camp camp() {
        return Objects.requireNonNull(camp, "the page has no camp yet");
    }

    private void startSolving() {
        try {
            showStatus(rosters.solve(campId(), actions.limits()));
        } catch (SolveAlreadyRunningException e) {
            MoveDialog.error(getTranslation("roster.move.solving"));
        }
    }

    private void replanning(SolveStatus status) {
        showStatus(status);
        paneTabs.selectLast();
    }

    void openSeat(RosterShift shift, RosterSeat seat) {
        open(new SeatDialog(edits, pages, campId(), shift, seat, this::refresh));
    }

    void openBed(RosterStay stay) {
        open(new BedDialog(edits, campId(), stay, this::refresh));
    }

    private void pinStay(RosterStay stay, boolean pinned) {
        try {
            edits.pinStay(campId(), stay.participantId(), pinned);
        } catch (SolveAlreadyRunningException e) {
            MoveDialog.error(getTranslation("roster.move.solving"));
        }
        refresh();
    }

    private void open(Dialog dialog) {
        (openDialog = dialog).open();
    }

    /** Re-reads the status and the visible pane from the database. */
    void refresh() {
        var current = rosters.status(campId());
        if (lastState != SolveState.NOT_SOLVING && current.state() == SolveState.NOT_SOLVING) {
            Notification.show(getTranslation("roster.solved", current.tally() != null ? actions.words(current.tally())
                    : getTranslation("roster.status.score", String.valueOf(current.score()))));
        }
        showStatus(current);
        paneSavedAt = current.solvedAt();
        if (camp != null) {
            publication.show(rosters.publication(camp.id()), camp.timeZone());
        }
        showPane();
    }

    private void showStatus(SolveStatus current) {
        lastState = current.state();
        actions.show(current, camp == null ? ZoneId.systemDefault() : camp.timeZone());
    }

    private void showPane() {
        paneTabs.showSelected(camp != null);
    }
}
