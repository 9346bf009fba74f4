package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.List;
import java.time.ZoneId;
import org.campfair.roster.RosterService.SolveLimits;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.shared.i18n.DateFormats;

/** The roster's main actions and its live status; wraps onto several lines on a phone. */
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
    final Span status = new Span();
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
        timeLimit.setItems(List.of(0, 1, 2, 5, 10));
        timeLimit.setItemLabelGenerator(minutes -> minutes == 0
                ? getTranslation("roster.timeLimit.standard") : getTranslation("roster.timeLimit.minutes", minutes));
        timeLimit.setValue(0);
        timeLimit.setAriaLabel(getTranslation("roster.timeLimit"));
        // The item labels stay short enough for the field in every language; the tooltip explains.
        timeLimit.setTooltipText(getTranslation("roster.timeLimit.help"));
        timeLimit.setWidth("11em");
        status.getElement().setAttribute("aria-live", "polite");
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        interrupted.setVisible(false);
        add(timeLimit, solve, stop, publish, dropout, calendarLinks, priorities, afterCamp, status, interrupted);
    }

    /** The chosen limit: the whole time when the organizer picked one, else the camp's standard. */
    SolveLimits limits() {
        Integer minutes = timeLimit.getValue();
        return minutes == null || minutes == 0 ? SolveLimits.CONFIGURED
                : new SolveLimits(Duration.ofMinutes(minutes), null);
    }

    void show(SolveStatus current, ZoneId campZone) {
        boolean solving = current.state() != SolveState.NOT_SOLVING;
        timeLimit.setEnabled(!solving);
        solve.setEnabled(!solving);
        stop.setEnabled(solving);
        publish.setEnabled(!solving && current.score() != null);
        dropout.setEnabled(!solving);
        status.setText(describe(current));
        var lostAt = current.interruptedAt();
        interrupted.setVisible(lostAt != null);
        if (lostAt != null) {
            interrupted.setText(getTranslation("roster.status.interrupted",
                    DateFormats.of(getLocale()).dateTime(lostAt, campZone)));
        }
    }

    private String describe(SolveStatus status) {
        if (status.score() == null && status.state() == SolveState.NOT_SOLVING) {
            return getTranslation("roster.status.none");
        }
        String score = status.score() == null ? getTranslation("roster.status.noScore") : status.score();
        return switch (status.state()) {
            case SOLVING -> getTranslation("roster.status.solving", score);
            case SCHEDULED -> getTranslation("roster.status.scheduled");
            case INTERRUPTED -> getTranslation("roster.status.resuming", score);
            case NOT_SOLVING -> getTranslation(Boolean.FALSE.equals(status.feasible())
                    ? "roster.status.infeasible" : "roster.status.done", score);
        };
    }
}
