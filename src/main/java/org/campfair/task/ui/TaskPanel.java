package org.campfair.task.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.campfair.shared.ui.Choices;
import org.campfair.task.Intensity;
import org.campfair.task.Site;
import org.campfair.task.Task;

/** A camp's tasks: where, what it takes (skills, intensity) and what to bring. */
class TaskPanel extends DeskPanel<Task> {

    final TextField name = new TextField(getTranslation("task.field.name"));
    final ComboBox<Site> site = new ComboBox<>(getTranslation("task.field.site"));
    final Select<Intensity> intensity = new Select<>();
    final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>(getTranslation("task.field.skills"));
    final Checkbox indoor = new Checkbox(getTranslation("task.field.indoor"));
    final TextArea description = new TextArea(getTranslation("task.field.description"));
    final TextArea whatToBring = new TextArea(getTranslation("task.field.whatToBring"));

    private final Choices<Site> sites = new Choices<>(site, Site::id, Site::name);

    TaskPanel() {
        super(Task::id);
        column(Task::name, getTranslation("task.field.name")).setFlexGrow(2);
        column(task -> sites.name(task.siteId()), getTranslation("task.field.site"));
        column(task -> intensityText(task.intensity()), getTranslation("task.field.intensity"))
                .setComparator(Task::intensity);
        column(task -> String.join(", ", task.requiredSkills()), getTranslation("task.field.skills"));
        intensity.setLabel(getTranslation("task.field.intensity"));
        intensity.setItems(Intensity.values());
        intensity.setItemLabelGenerator(TaskPanel.this::intensityText);
        skills.setAllowCustomValue(true);
        skills.addCustomValueSetListener(typed -> {
            var items = new TreeSet<>(Task.KNOWN_SKILLS);
            items.addAll(skills.getValue());
            items.add(typed.getDetail().strip());
            var chosen = new LinkedHashSet<>(skills.getValue());
            chosen.add(typed.getDetail().strip());
            skills.setItems(items);
            skills.setValue(chosen);
        });
        binder.forField(name).asRequired(getTranslation("task.error.taskNameRequired")).bind(Task::name, (t, v) -> { });
        binder.forField(site).asRequired(getTranslation("task.error.siteRequired"))
                .bind(task -> sites.get(task.siteId()), (t, v) -> { });
        binder.forField(intensity).asRequired(getTranslation("task.error.intensityRequired"))
                .bind(Task::intensity, (t, v) -> { });
        binder.forField(skills).bind(task -> {
            var items = new TreeSet<>(Task.KNOWN_SKILLS);
            items.addAll(task.requiredSkills());
            skills.setItems(items);
            return new LinkedHashSet<>(task.requiredSkills());
        }, (t, v) -> { });
        binder.forField(indoor).bind(Task::indoor, (t, v) -> { });
        binder.forField(description).bind(Task::description, (t, v) -> { });
        binder.forField(whatToBring).bind(Task::whatToBring, (t, v) -> { });
        form.add(name, site, intensity, skills, indoor);
        form.add(description, 2);
        form.add(whatToBring, 2);
    }

    @Override
    public void refresh() {
        sites.set(desk().sites().stream().sorted(Comparator.comparing(Site::name)).toList());
        super.refresh();
    }

    @Override
    protected String searchText(Task task) {
        return task.name() + " " + sites.name(task.siteId()) + " " + String.join(" ", task.requiredSkills());
    }

    @Override
    protected Task blank() {
        return new Task(0, desk().camp().id(), 0, "", "", List.of(), Intensity.LIGHT, false, "", 0);
    }

    @Override
    protected Task fromFields(Task current) {
        return new Task(current.id(), current.campId(), site.getValue().id(), name.getValue().strip(),
                description.getValue(), List.copyOf(skills.getValue()), intensity.getValue(), indoor.getValue(),
                whatToBring.getValue(), current.version());
    }

    @Override
    protected Records<Task> records() {
        return new Records<>(desk()::tasks, desk()::saveTask, desk()::deleteTask);
    }

    @Override
    protected String describe(Task task) {
        return task.name();
    }

    String intensityText(Intensity level) {
        return switch (level) {
            case LIGHT -> getTranslation("task.intensity.light");
            case MODERATE -> getTranslation("task.intensity.moderate");
            case HEAVY -> getTranslation("task.intensity.heavy");
        };
    }
}
