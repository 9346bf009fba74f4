package org.campfair.participant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campfair.participant.PreferenceChoices;
import org.campfair.participant.Preferences;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.ui.WidgetLanguage;
import org.campfair.task.Intensity;

/**
 * The fields of a participant's preferences, shared by their own page. Each field carries the
 * name of its {@link Preferences} component, so the service's problems land next to it.
 */
class PreferencesForm extends FormLayout {

    final DatePicker arrivesOn = new DatePicker(getTranslation("me.arrivesOn"));
    final DatePicker departsOn = new DatePicker(getTranslation("me.departsOn"));
    final MultiSelectComboBox<LocalDate> unavailableDays = new MultiSelectComboBox<>(getTranslation("me.unavailableDays"));
    final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>(getTranslation("me.skills"));
    final MultiSelectComboBox<String> likedTasks = new MultiSelectComboBox<>(getTranslation("me.likedTasks"));
    final MultiSelectComboBox<String> dislikedTasks = new MultiSelectComboBox<>(getTranslation("me.dislikedTasks"));
    final Select<Intensity> intensityComfort = new Select<>();
    final Checkbox needsPrivateRoom = new Checkbox(getTranslation("me.needsPrivateRoom"));
    final Checkbox needsStepFree = new Checkbox(getTranslation("me.needsStepFree"));
    final MultiSelectComboBox<String> buddies = new MultiSelectComboBox<>(getTranslation("me.buddies"));
    final MultiSelectComboBox<String> avoids = new MultiSelectComboBox<>(getTranslation("me.avoids"));
    final Select<String> language = new Select<>();

    private final Map<String, HasValidation> byField = Map.ofEntries(Map.entry("arrivesOn", arrivesOn),
            Map.entry("departsOn", departsOn), Map.entry("unavailableDays", unavailableDays),
            Map.entry("skills", skills), Map.entry("likedTasks", likedTasks), Map.entry("dislikedTasks", dislikedTasks),
            Map.entry("intensityComfort", intensityComfort), Map.entry("buddies", buddies),
            Map.entry("avoids", avoids), Map.entry("language", language));

    /** Every field by the name of its {@link Preferences} component, for marking a pending change. */
    private final Map<String, HasHelper> withHelp = Map.ofEntries(Map.entry("arrivesOn", arrivesOn),
            Map.entry("departsOn", departsOn), Map.entry("unavailableDays", unavailableDays),
            Map.entry("skills", skills), Map.entry("likedTasks", likedTasks), Map.entry("dislikedTasks", dislikedTasks),
            Map.entry("intensityComfort", intensityComfort), Map.entry("needsPrivateRoom", needsPrivateRoom),
            Map.entry("needsStepFree", needsStepFree), Map.entry("buddies", buddies), Map.entry("avoids", avoids),
            Map.entry("language", language));
    /** The helper texts the fields have when nothing is pending. */
    private final Map<String, String> usualHelp = new HashMap<>();

    PreferencesForm() {
        WidgetLanguage.speak(arrivesOn);
        WidgetLanguage.speak(departsOn);
        intensityComfort.setLabel(getTranslation("me.intensityComfort"));
        intensityComfort.setItems(Intensity.values());
        intensityComfort.setItemLabelGenerator(i -> switch (i) {
            case LIGHT -> getTranslation("me.intensity.light");
            case MODERATE -> getTranslation("me.intensity.moderate");
            case HEAVY -> getTranslation("me.intensity.heavy");
        });
        language.setLabel(getTranslation("me.language"));
        language.setItems(Translations.LANGUAGES.stream().map(Locale::getLanguage).toList());
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)));
        skills.setAllowCustomValue(true);
        skills.addCustomValueSetListener(typed -> {
            String skill = typed.getDetail().strip();
            if (!skill.isEmpty()) {
                var items = new ArrayList<>(skills.getListDataView().getItems().toList());
                if (!items.contains(skill)) {
                    items.add(skill);
                    skills.setItems(items);
                }
                var chosen = new LinkedHashSet<>(skills.getValue());
                chosen.add(skill);
                skills.setValue(chosen);
            }
        });
        skills.setHelperText(getTranslation("me.skillsHelp"));
        buddies.setHelperText(getTranslation("me.buddiesHelp"));
        avoids.setHelperText(getTranslation("me.avoidsHelp"));
        add(arrivesOn, departsOn, unavailableDays, intensityComfort, skills, language, likedTasks, dislikedTasks,
                buddies, avoids, needsPrivateRoom, needsStepFree);
        withHelp.forEach((field, component) -> usualHelp.put(field, component.getHelperText()));
    }

    /**
     * Marks the fields whose value waits for the organizer's approval: the helper text says so,
     * with the value that holds until then. Fields not in {@code pending} lose their mark.
     */
    void markPending(List<PreferenceChanges.Change> pending) {
        withHelp.forEach((field, component) -> {
            component.setHelperText(usualHelp.get(field));
            ((Component) component).removeClassName("pending-change");
        });
        for (var change : pending) {
            var component = withHelp.get(change.field());
            if (component != null) {
                component.setHelperText(getTranslation("me.pending.field", change.before()));
                ((Component) component).addClassName("pending-change");
            }
        }
    }

    /** The names of the fields marked as waiting for approval. */
    List<String> pendingFields() {
        return withHelp.entrySet().stream().filter(e -> ((Component) e.getValue()).hasClassName("pending-change"))
                .map(Map.Entry::getKey).sorted().toList();
    }

    void show(Preferences p, PreferenceChoices choices) {
        var dates = DateFormats.of(getLocale());
        List<LocalDate> days = choices.campStartsOn().datesUntil(choices.campEndsOn().plusDays(1)).toList();
        arrivesOn.setMin(choices.campStartsOn());
        arrivesOn.setMax(choices.campEndsOn());
        departsOn.setMin(choices.campStartsOn());
        departsOn.setMax(choices.campEndsOn());
        unavailableDays.setItems(days);
        unavailableDays.setItemLabelGenerator(dates::day);
        var knownSkills = new LinkedHashSet<>(p.skills());
        skills.setItems(List.copyOf(knownSkills));
        likedTasks.setItems(choices.tasks());
        dislikedTasks.setItems(choices.tasks());
        buddies.setItems(choices.otherNicknames());
        avoids.setItems(choices.otherNicknames());

        arrivesOn.setValue(p.arrivesOn());
        departsOn.setValue(p.departsOn());
        unavailableDays.setValue(new LinkedHashSet<>(p.unavailableDays()));
        skills.setValue(knownSkills);
        likedTasks.setValue(new LinkedHashSet<>(p.likedTasks()));
        dislikedTasks.setValue(new LinkedHashSet<>(p.dislikedTasks()));
        intensityComfort.setValue(p.intensityComfort());
        needsPrivateRoom.setValue(p.needsPrivateRoom());
        needsStepFree.setValue(p.needsStepFree());
        buddies.setValue(new LinkedHashSet<>(p.buddies()));
        avoids.setValue(new LinkedHashSet<>(p.avoids()));
        language.setValue(Translations.language(p.language()).getLanguage());
    }

    /** The preferences as filled in; a missing date is reported next to its field, not here. */
    Preferences read() {
        return new Preferences(arrivesOn.getValue(), departsOn.getValue(), List.copyOf(unavailableDays.getValue()),
                List.copyOf(skills.getValue()), List.copyOf(likedTasks.getValue()),
                List.copyOf(dislikedTasks.getValue()), intensityComfort.getValue(), needsPrivateRoom.getValue(),
                needsStepFree.getValue(), List.copyOf(buddies.getValue()), List.copyOf(avoids.getValue()),
                language.getValue());
    }

    /** Marks missing required fields; true when all are there. */
    boolean requiredFilled() {
        boolean ok = true;
        for (var entry : Map.of("arrivesOn", arrivesOn.getValue() != null, "departsOn", departsOn.getValue() != null,
                "intensityComfort", intensityComfort.getValue() != null, "language", language.getValue() != null)
                .entrySet()) {
            if (!entry.getValue()) {
                showProblem(entry.getKey(), getTranslation("me.error.required"));
                ok = false;
            }
        }
        return ok;
    }

    void clearProblems() {
        byField.values().forEach(field -> field.setInvalid(false));
    }

    void showProblem(String field, String message) {
        var component = byField.get(field);
        if (component != null) {
            component.setErrorMessage(message);
            component.setInvalid(true);
        }
    }

    boolean hasProblem(String field) {
        var component = byField.get(field);
        return component != null && component.isInvalid();
    }
}
