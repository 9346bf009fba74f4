package org.campfair.task.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.campfair.shared.ui.EditorPanel;
import org.campfair.task.HostVillage;
import org.campfair.task.TaskService;

/**
 * The villages hosting a camp. Removing one only takes it out of this camp: it keeps its
 * sites for other years and its host accounts.
 */
class VillagePanel extends EditorPanel<HostVillage> {

    final TextField name = new TextField(getTranslation("task.field.villageName"));

    private final TaskService service;

    VillagePanel(TaskService service) {
        super(HostVillage::id);
        this.service = service;
        column(HostVillage::name, getTranslation("task.field.villageName"));
        binder.forField(name).asRequired(getTranslation("task.error.villageNameRequired"))
                .bind(HostVillage::name, (v, value) -> { });
        deleteConfirmation.setConfirmText(getTranslation("task.village.remove"));
        delete.setText(getTranslation("task.village.remove"));
        form.add(name);
    }

    @Override
    protected String searchText(HostVillage village) {
        return village.name();
    }

    @Override
    protected HostVillage blank() {
        return new HostVillage(0, "", 0);
    }

    @Override
    protected HostVillage fromFields(HostVillage current) {
        return new HostVillage(current.id(), name.getValue().strip(), current.version());
    }

    @Override
    protected Records<HostVillage> records() {
        return new Records<>(() -> service.villages(campId()), village -> service.saveVillage(campId(), village),
                village -> service.removeVillage(campId(), village));
    }

    @Override
    protected String describe(HostVillage village) {
        return village.name();
    }

}
