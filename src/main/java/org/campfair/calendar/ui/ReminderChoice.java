package org.campfair.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import org.campfair.calendar.ReminderSettings;
import org.campfair.calendar.Reminders;
import org.campfair.shared.RefusedFieldsException;

/**
 * A participant's choice of calendar reminders: none, the evening before, an hour before,
 * and/or a number of minutes of their own. Saved through {@link ReminderSettings}; their feed
 * carries the new alarms from its next poll. Embed with
 * {@code add(new ReminderChoice(reminderSettings, participantId));}.
 */
public class ReminderChoice extends VerticalLayout {

    static final int HOUR = 60;

    final Checkbox eveningBefore = new Checkbox(getTranslation("calendar.reminders.eveningBefore"));
    final Checkbox hourBefore = new Checkbox(getTranslation("calendar.reminders.hourBefore"));
    final Checkbox custom = new Checkbox(getTranslation("calendar.reminders.custom"));
    final IntegerField minutes = new IntegerField();
    final Button save = new Button(getTranslation("calendar.reminders.save"));

    private final ReminderSettings settings;
    private final long participantId;

    public ReminderChoice(ReminderSettings settings, long participantId) {
        this.settings = settings;
        this.participantId = participantId;
        setPadding(false);
        minutes.setAriaLabel(getTranslation("calendar.reminders.minutes"));
        minutes.setMin(Reminders.MIN_MINUTES);
        minutes.setMax(Reminders.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        custom.addValueChangeListener(change -> minutes.setEnabled(change.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        show(settings.of(participantId));
        var customRow = new HorizontalLayout(custom, minutes);
        customRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("calendar.reminders.title")), eveningBefore, hourBefore, customRow,
                new Paragraph(getTranslation("calendar.reminders.help")), save);
    }

    /** Saves the ticked reminders; nothing ticked means no reminders at all. */
    void save() {
        List<Integer> before = new ArrayList<>();
        if (hourBefore.getValue()) {
            before.add(HOUR);
        }
        if (custom.getValue()) {
            Integer chosen = minutes.getValue();
            if (chosen == null) {
                minutes.setInvalid(true);
                minutes.setErrorMessage(getTranslation("calendar.reminders.invalidMinutes",
                        Integer.toString(Reminders.MIN_MINUTES), Integer.toString(Reminders.MAX_MINUTES)));
                return;
            }
            before.add(chosen);
        }
        minutes.setInvalid(false);
        try {
            // The service checks the range and count, for this page and the API alike.
            settings.choose(participantId, new Reminders(eveningBefore.getValue(), before.stream().distinct().toList()));
        } catch (RefusedFieldsException refused) {
            minutes.setInvalid(true);
            minutes.setErrorMessage(refused.problems().getFirst().message(getLocale()));
            return;
        }
        Notification.show(getTranslation("calendar.reminders.saved"));
    }

    private void show(Reminders chosen) {
        eveningBefore.setValue(chosen.eveningBefore());
        hourBefore.setValue(chosen.minutesBefore().contains(HOUR));
        var others = chosen.minutesBefore().stream().filter(m -> m != HOUR).findFirst();
        custom.setValue(others.isPresent());
        minutes.setValue(others.orElse(null));
        minutes.setEnabled(others.isPresent());
    }
}
