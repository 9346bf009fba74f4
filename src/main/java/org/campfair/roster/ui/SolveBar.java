package org.campfair.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import org.campfair.roster.RosterService.SolveLimits;
import org.campfair.roster.ScoreTally;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.shared.i18n.DateFormats;

/**
 * The roster's main actions and its live status; wraps onto several lines on a phone. While
 * solving it shows the time spent against the time limit with a progress bar, and the best
 * roster so far in words ("all rules kept; 3 wishes not met"); the raw score is a tooltip.
 */
class SolveBar extends FlexLayout {

    /** How long a solve may run, in minutes; 0 is the camp's standard (stops early when nothing improves). */
    final Select<Integer> timeLimit = new Select<>();
    final Button solve = new Button();
    final Button stop = new Button();
    final Button publish = new Button();
    final Button dropout = new Button();
    final Button calendarLinks = new Button();
    final Button priorities = new Button();
    final Button afterCamp = new Button();
    final Button selfService = new Button();
    final Span status = new Span();
    /** How far the solve is against its time limit; indeterminate while it waits for a solver. */
    final ProgressBar progress = new ProgressBar();
    /** "0:12 of at most 0:30", under the progress bar. */
    final Span elapsed = new Span();
    private final Tooltip scoreTip;
    private SolveStatus shown = new SolveStatus(0, SolveState.NOT_SOLVING, null, null, null);
    private Registration ticking = () -> { };
    /** Said when the latest solve lost its server and went on from the roster saved then. */
    final Span interrupted = new Span();

    SolveBar() {
        solve.setText(getTranslation("roster.solve"));
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setText(getTranslation("roster.stop"));
        publish.setText(getTranslation("roster.publish"));
        dropout.setText(getTranslation("roster.dropout.open"));
        calendarLinks.setText(getTranslation("roster.calendarLinks"));
        priorities.setText(getTranslation("roster.priorities"));
        afterCamp.setText(getTranslation("roster.afterCamp"));
        selfService.setText(getTranslation("roster.selfService"));
        timeLimit.setItems(List.of(0, 1, 2, 5, 10));
        timeLimit.setItemLabelGenerator(minutes -> minutes == 0
                ? getTranslation("roster.timeLimit.standard") : getTranslation("roster.timeLimit.minutes", minutes));
        timeLimit.setValue(0);
        timeLimit.setAriaLabel(getTranslation("roster.timeLimit"));
        // The item labels stay short enough for the field in every language; the tooltip explains.
        timeLimit.setTooltipText(getTranslation("roster.timeLimit.help"));
        timeLimit.setWidth("11em");
        status.getElement().setAttribute("aria-live", "polite");
        scoreTip = Tooltip.forComponent(status);
        progress.setWidth("10em");
        progress.getElement().setAttribute("aria-label", getTranslation("roster.progress.label"));
        progress.setVisible(false);
        elapsed.setVisible(false);
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        interrupted.setVisible(false);
        add(timeLimit, solve, stop, publish, dropout, calendarLinks, priorities, selfService, afterCamp, status,
                progress, elapsed, interrupted);
    }

    /** While solving the page polls every second, so the time spent counts on between better rosters. */
    @Override
    protected void onAttach(AttachEvent event) {
        ticking = event.getUI().addPollListener(poll -> tick(Instant.now()));
        poll(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        ticking.remove();
        event.getUI().setPollInterval(-1);
    }

    private void poll(UI ui) {
        ui.setPollInterval(shown.state() == SolveState.NOT_SOLVING ? -1 : 1000);
    }

    /** The chosen limit: the whole time when the organizer picked one, else the camp's standard. */
    SolveLimits limits() {
        Integer minutes = timeLimit.getValue();
        return minutes == null || minutes == 0 ? SolveLimits.CONFIGURED
                : new SolveLimits(Duration.ofMinutes(minutes), null);
    }

    void show(SolveStatus current, ZoneId campZone) {
        show(current, campZone, Instant.now());
    }

    /** Shows {@code current} as of {@code now}, which the time spent is counted to. */
    void show(SolveStatus current, ZoneId campZone, Instant now) {
        shown = current;
        tick(now);
        getUI().ifPresent(this::poll);
        boolean solving = current.state() != SolveState.NOT_SOLVING;
        timeLimit.setEnabled(!solving);
        solve.setEnabled(!solving);
        stop.setEnabled(solving);
        publish.setEnabled(!solving && current.score() != null);
        dropout.setEnabled(!solving);
        status.setText(describe(current));
        scoreTip.setText(current.score() == null ? "" : getTranslation("roster.status.score", current.score()));
        var lostAt = current.interruptedAt();
        interrupted.setVisible(lostAt != null);
        if (lostAt != null) {
            interrupted.setText(getTranslation("roster.status.interrupted",
                    DateFormats.of(getLocale()).dateTime(lostAt, campZone)));
        }
    }

    /**
     * Counts the time spent to {@code now}: called with each status and, while solving, every
     * second by the page, since a solve may find nothing better for many seconds.
     */
    void tick(Instant now) {
        var state = shown.state();
        boolean solving = state == SolveState.SOLVING || state == SolveState.SCHEDULED;
        progress.setVisible(solving);
        elapsed.setVisible(solving);
        if (!solving) {
            return;
        }
        var started = shown.startedAt();
        var limit = shown.timeLimit();
        if (state == SolveState.SCHEDULED || started == null || limit == null || limit.isZero()) {
            progress.setIndeterminate(true);
            elapsed.setText(getTranslation("roster.progress.waiting"));
            return;
        }
        var spent = Duration.between(started, now);
        spent = spent.isNegative() ? Duration.ZERO : spent.compareTo(limit) > 0 ? limit : spent;
        progress.setIndeterminate(false);
        progress.setValue((double) spent.toMillis() / limit.toMillis());
        elapsed.setText(getTranslation("roster.progress.elapsed", minutes(spent), minutes(limit)));
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + ":" + String.format("%02d", duration.toSecondsPart());
    }

    /** The score in words: rules, open seats and beds when any, and wishes. */
    String words(ScoreTally tally) {
        var parts = new ArrayList<String>();
        parts.add(tally.rulesBroken() == 0 ? getTranslation("roster.words.rulesKept")
                : getTranslation("roster.words.rulesBroken", tally.rulesBroken()));
        if (tally.openSeats() > 0) {
            parts.add(getTranslation("roster.words.seatsOpen", tally.openSeats()));
        }
        if (tally.withoutBed() > 0) {
            parts.add(getTranslation("roster.words.withoutBed", tally.withoutBed()));
        }
        parts.add(tally.wishesNotMet() == 0 ? getTranslation("roster.words.wishesMet")
                : getTranslation("roster.words.wishesNotMet", tally.wishesNotMet()));
        return parts.stream().reduce((a, b) -> getTranslation("roster.words.joined", a, b)).orElseThrow();
    }

    private String describe(SolveStatus status) {
        if (status.score() == null && status.state() == SolveState.NOT_SOLVING) {
            return getTranslation("roster.status.none");
        }
        String score = status.tally() != null ? words(status.tally())
                : status.score() == null ? getTranslation("roster.status.noScore")
                : getTranslation("roster.status.score", status.score());
        return switch (status.state()) {
            case SOLVING -> getTranslation("roster.status.solving", score);
            case SCHEDULED -> getTranslation("roster.status.scheduled");
            case INTERRUPTED -> getTranslation("roster.status.resuming", score);
            case NOT_SOLVING -> getTranslation(Boolean.FALSE.equals(status.feasible())
                    ? "roster.status.infeasible" : "roster.status.done", score);
        };
    }
}
