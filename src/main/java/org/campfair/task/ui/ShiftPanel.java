package org.campfair.task.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.time.LocalTime;
import org.campfair.camp.Camp;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.ui.Choices;
import org.campfair.shared.ui.WidgetLanguage;
import org.campfair.task.Shift;
import org.campfair.task.Task;

/** A camp's shifts: day and time within the camp, how many people, whether a lead is needed. */
class ShiftPanel extends DeskPanel<Shift> {

    final ComboBox<Task> task = new ComboBox<>(getTranslation("task.field.task"));
    final DatePicker day = new DatePicker(getTranslation("task.field.day"));
    final TimePicker start = new TimePicker(getTranslation("task.field.start"));
    final TimePicker end = new TimePicker(getTranslation("task.field.end"));
    final IntegerField minHeadcount = new IntegerField(getTranslation("task.field.minHeadcount"));
    final IntegerField maxHeadcount = new IntegerField(getTranslation("task.field.maxHeadcount"));
    final Checkbox needsLead = new Checkbox(getTranslation("task.field.needsLead"));

    private final Choices<Task> tasks = new Choices<>(task, Task::id, Task::name);

    ShiftPanel() {
        super(Shift::id);
        var dates = DateFormats.of(getLocale());
        // Sorted by the values, shown as every page writes days and times.
        column(Shift::day, getTranslation("task.field.day")).setRenderer(new TextRenderer<>(s -> dates.day(s.day())));
        column(Shift::start, getTranslation("task.field.start"))
                .setRenderer(new TextRenderer<>(s -> dates.time(s.start())));
        column(Shift::end, getTranslation("task.field.end")).setRenderer(new TextRenderer<>(s -> dates.time(s.end())));
        column(shift -> tasks.name(shift.taskId()), getTranslation("task.field.task")).setFlexGrow(2);
        column(Shift::minHeadcount, getTranslation("task.field.minHeadcount"));
        column(Shift::maxHeadcount, getTranslation("task.field.maxHeadcount"));
        column(shift -> shift.needsLead() ? getTranslation("task.yes") : "", getTranslation("task.field.needsLead"));
        minHeadcount.setMin(0);
        minHeadcount.setStepButtonsVisible(true);
        minHeadcount.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("task.error.minNegative")));
        maxHeadcount.setMin(1);
        maxHeadcount.setStepButtonsVisible(true);
        maxHeadcount.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("task.error.maxBelowOne")));
        binder.forField(task).asRequired(getTranslation("task.error.taskRequired"))
                .bind(shift -> tasks.get(shift.taskId()), (s, v) -> { });
        binder.forField(day).asRequired(getTranslation("task.error.dayRequired"))
                .withValidator(value -> desk().camp().includes(value),
                        value -> getTranslation("task.error.dayOutsideCamp",
                                DateFormats.of(getLocale()).dayWithYear(desk().camp().startsOn()),
                                DateFormats.of(getLocale()).dayWithYear(desk().camp().endsOn())))
                .bind(Shift::day, (s, v) -> { });
        binder.forField(start).asRequired(getTranslation("task.error.startRequired")).bind(Shift::start, (s, v) -> { });
        binder.forField(end).asRequired(getTranslation("task.error.endRequired"))
                .withValidator(value -> start.getValue() == null || value.isAfter(start.getValue()),
                        getTranslation("task.error.endBeforeStart"))
                .bind(Shift::end, (s, v) -> { });
        binder.forField(minHeadcount).asRequired(getTranslation("task.error.minRequired"))
                .withValidator(value -> value >= 0, getTranslation("task.error.minNegative"))
                .bind(Shift::minHeadcount, (s, v) -> { });
        binder.forField(maxHeadcount).asRequired(getTranslation("task.error.maxRequired"))
                .withValidator(value -> value >= 1, getTranslation("task.error.maxBelowOne"))
                .withValidator(value -> minHeadcount.getValue() == null || value >= minHeadcount.getValue(),
                        getTranslation("task.error.maxBelowMin"))
                .bind(Shift::maxHeadcount, (s, v) -> { });
        binder.forField(needsLead).bind(Shift::needsLead, (s, v) -> { });
        form.add(task, 2);
        form.add(day, start, end, minHeadcount, maxHeadcount, needsLead);
    }

    @Override
    void show(TaskDesk shown) {
        Camp camp = shown.camp();
        day.setMin(camp.startsOn());
        day.setMax(camp.endsOn());
        // The picker checks min and max before the binder's validators: give it our message.
        var dates = DateFormats.of(getLocale());
        String outside = getTranslation("task.error.dayOutsideCamp", dates.dayWithYear(camp.startsOn()),
                dates.dayWithYear(camp.endsOn()));
        day.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage(outside).setMaxErrorMessage(outside));
        WidgetLanguage.speak(day);
        super.show(shown);
    }

    @Override
    public void refresh() {
        tasks.set(desk().tasks());
        super.refresh();
    }

    @Override
    protected String searchText(Shift shift) {
        return tasks.name(shift.taskId()) + " " + shift.day() + " " + DateFormats.of(getLocale()).day(shift.day());
    }

    @Override
    protected Shift blank() {
        return new Shift(0, 0, desk().camp().startsOn(), LocalTime.of(9, 0), LocalTime.of(12, 0), 1, 3, false, 0);
    }

    @Override
    protected Shift fromFields(Shift current) {
        return new Shift(current.id(), task.getValue().id(), day.getValue(), start.getValue(), end.getValue(),
                minHeadcount.getValue(), maxHeadcount.getValue(), needsLead.getValue(), current.version());
    }

    @Override
    protected Records<Shift> records() {
        return new Records<>(desk()::shifts, desk()::saveShift, desk()::deleteShift);
    }

    @Override
    protected String describe(Shift shift) {
        var dates = DateFormats.of(getLocale());
        return tasks.name(shift.taskId()) + " " + dates.day(shift.day()) + " "
                + dates.timeRange(shift.start(), shift.end());
    }
}
