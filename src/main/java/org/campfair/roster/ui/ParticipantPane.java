package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.campfair.roster.ParticipantWeek;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterStay;
import org.jspecify.annotations.Nullable;

/**
 * One participant's camp, chosen by nickname: their shifts day by day, their hours per day
 * against the fair share, and the bed they sleep in each night.
 */
class ParticipantPane extends VerticalLayout {

    final ComboBox<RosterStay> participant = new ComboBox<>();
    final Span hours = new Span();
    final Button moveBed = new Button();
    final Grid<LocalDate> days = new Grid<>();
    /** Said until a participant is picked, instead of an empty grid. */
    final Paragraph pick = new Paragraph();

    private final RosterPages pages;
    private final RosterFormats formats = new RosterFormats(this);
    private long campId;
    private @Nullable ParticipantWeek week;

    ParticipantPane(RosterPages pages, Consumer<RosterStay> onMoveBed) {
        this.pages = pages;
        setPadding(false);
        setSizeFull();
        participant.setLabel(getTranslation("roster.participant.choose"));
        participant.setItemLabelGenerator(RosterStay::nickname);
        participant.addValueChangeListener(change -> showWeek());
        moveBed.setText(getTranslation("roster.stay.move"));
        moveBed.setEnabled(false);
        moveBed.addClickListener(click -> {
            if (participant.getValue() != null) {
                onMoveBed.accept(participant.getValue());
            }
        });
        days.addColumn(formats::day).setHeader(getTranslation("roster.participant.day")).setAutoWidth(true)
                .setFlexGrow(0);
        days.addColumn(this::shifts).setHeader(getTranslation("roster.participant.shifts")).setFlexGrow(3);
        days.addColumn(this::hoursOn)
                .setHeader(getTranslation("roster.participant.hours")).setAutoWidth(true).setFlexGrow(0);
        days.addColumn(this::bed).setHeader(getTranslation("roster.participant.bed")).setFlexGrow(2);
        days.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var top = new FlexLayout(participant, moveBed);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(Alignment.BASELINE);
        top.getStyle().set("gap", "var(--lumo-space-m)");
        pick.setText(getTranslation("roster.participant.pick"));
        add(top, pick, hours, days);
        setFlexGrow(1, days);
    }

    void show(long campId) {
        this.campId = campId;
        var chosen = participant.getValue();
        var everyone = pages.everyone(campId);
        participant.setItems(everyone);
        if (chosen != null) {
            everyone.stream().filter(s -> s.participantId() == chosen.participantId()).findFirst()
                    .ifPresent(participant::setValue);
        }
        showWeek();
    }

    private void showWeek() {
        var chosen = participant.getValue();
        moveBed.setEnabled(chosen != null);
        pick.setVisible(chosen == null);
        days.setVisible(chosen != null);
        if (chosen == null || campId == 0) {
            week = null;
            hours.setText("");
            days.setItems(List.of());
            return;
        }
        week = pages.week(campId, chosen.participantId());
        String summary = getTranslation("roster.participant.summary", formats.hours(week.hoursPerDay()),
                formats.hours(week.fairHoursPerDay()), week.shifts().size());
        if (week.confirmedMinutes() > 0 || week.notConfirmedYet() > 0) {
            summary += " " + getTranslation("roster.participant.confirmed", formats.hours(week.plannedMinutes() / 60.0),
                    formats.hours(week.confirmedMinutes() / 60.0), week.notConfirmedYet());
        }
        hours.setText(summary);
        days.setItems(week.arrivesOn().datesUntil(week.departsOn().plusDays(1)).toList());
    }

    private String shifts(LocalDate day) {
        if (week == null) {
            return "";
        }
        var worked = week.shiftsOn(day);
        return worked.isEmpty() ? getTranslation("roster.participant.free") : worked.stream()
                .map(w -> RosterFormats.time(w.shift()) + " " + w.shift().task()
                        + (w.pinned() ? " 📌" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The day's hours as fairness counts them, beside the planned ones where a check-in changed them. */
    private String hoursOn(LocalDate day) {
        if (week == null) {
            return "";
        }
        var worked = week.shiftsOn(day);
        long planned = worked.stream().mapToLong(ParticipantWeek.WorkedShift::minutes).sum();
        long counted = worked.stream().mapToLong(ParticipantWeek.WorkedShift::countedMinutes).sum();
        String hours = formats.hours(counted / 60.0);
        if (counted != planned) {
            hours = getTranslation("roster.participant.hoursConfirmed", hours, formats.hours(planned / 60.0));
        }
        if (worked.stream().anyMatch(ParticipantWeek.WorkedShift::notConfirmedYet)) {
            hours += " · " + getTranslation("roster.participant.notConfirmedYet");
        }
        return hours;
    }

    private String bed(LocalDate night) {
        if (week == null || !week.sleepsAtCampOn(night)) {
            return "";
        }
        String bed = week.bedName();
        return bed == null ? getTranslation("roster.stay.noBed") : bed + (week.stay().pinned() ? " 📌" : "");
    }
}
