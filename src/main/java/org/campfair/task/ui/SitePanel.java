package org.campfair.task.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.campfair.shared.ui.Choices;
import org.campfair.shared.ui.EditorPanel;
import org.campfair.task.HostVillage;
import org.campfair.task.Site;
import org.campfair.task.TaskService;

/** The work sites of a camp's villages, with address and map position. */
class SitePanel extends EditorPanel<Site> {

    final ComboBox<HostVillage> village = new ComboBox<>(getTranslation("task.field.village"));
    final TextField name = new TextField(getTranslation("task.field.siteName"));
    final TextField address = new TextField(getTranslation("task.field.address"));
    final NumberField latitude = new NumberField(getTranslation("task.field.latitude"));
    final NumberField longitude = new NumberField(getTranslation("task.field.longitude"));

    private final TaskService service;
    private final Choices<HostVillage> villages = new Choices<>(village, HostVillage::id, HostVillage::name);

    SitePanel(TaskService service) {
        super(Site::id);
        this.service = service;
        column(Site::name, getTranslation("task.field.siteName")).setFlexGrow(2);
        column(site -> villages.name(site.villageId()), getTranslation("task.field.village"));
        column(Site::address, getTranslation("task.field.address")).setFlexGrow(2);
        column(Site::latitude, getTranslation("task.field.latitude"));
        column(Site::longitude, getTranslation("task.field.longitude"));
        latitude.setStep(0.0001);
        longitude.setStep(0.0001);
        binder.forField(village).asRequired(getTranslation("task.error.villageRequired"))
                .bind(site -> villages.get(site.villageId()), (s, v) -> { });
        binder.forField(name).asRequired(getTranslation("task.error.siteNameRequired")).bind(Site::name, (s, v) -> { });
        binder.forField(address).bind(Site::address, (s, v) -> { });
        binder.forField(latitude).asRequired(getTranslation("task.error.latitudeRequired"))
                .withValidator(Site::validLatitude, getTranslation("task.error.latitudeRange"))
                .bind(site -> site.id() == 0 ? null : site.latitude(), (s, v) -> { });
        binder.forField(longitude).asRequired(getTranslation("task.error.longitudeRequired"))
                .withValidator(Site::validLongitude, getTranslation("task.error.longitudeRange"))
                .bind(site -> site.id() == 0 ? null : site.longitude(), (s, v) -> { });
        form.add(village, name);
        form.add(address, 2);
        form.add(latitude, longitude);
    }

    @Override
    public void refresh() {
        villages.set(service.villages(campId()));
        super.refresh();
    }

    @Override
    protected String searchText(Site site) {
        return site.name() + " " + villages.name(site.villageId()) + " " + site.address();
    }

    @Override
    protected Site blank() {
        return new Site(0, villages.onlyId(), "", "", 0, 0, 0);
    }

    @Override
    protected Site fromFields(Site current) {
        return new Site(current.id(), village.getValue().id(), name.getValue().strip(), address.getValue(),
                latitude.getValue(), longitude.getValue(), current.version());
    }

    @Override
    protected Records<Site> records() {
        return new Records<>(() -> service.sites(campId()), site -> service.saveSite(campId(), site),
                site -> service.deleteSite(campId(), site));
    }

    @Override
    protected String describe(Site site) {
        return site.name();
    }
}
