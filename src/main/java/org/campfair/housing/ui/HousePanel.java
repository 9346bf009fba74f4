package org.campfair.housing.ui;

import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.campfair.housing.House;
import org.campfair.housing.HousingService;
import org.campfair.shared.ui.EditorPanel;

/** A camp's houses with address and map position. */
class HousePanel extends EditorPanel<House> {

    final TextField name = new TextField(getTranslation("housing.field.houseName"));
    final TextField address = new TextField(getTranslation("housing.field.address"));
    final NumberField latitude = new NumberField(getTranslation("housing.field.latitude"));
    final NumberField longitude = new NumberField(getTranslation("housing.field.longitude"));

    private final HousingService service;

    HousePanel(HousingService service) {
        super(House::id);
        this.service = service;
        column(House::name, getTranslation("housing.field.houseName")).setFlexGrow(2);
        column(House::address, getTranslation("housing.field.address")).setFlexGrow(2);
        column(House::latitude, getTranslation("housing.field.latitude"));
        column(House::longitude, getTranslation("housing.field.longitude"));
        latitude.setStep(0.0001);
        longitude.setStep(0.0001);
        binder.forField(name).asRequired(getTranslation("housing.error.nameRequired")).bind(House::name, (h, v) -> { });
        binder.forField(address).bind(House::address, (h, v) -> { });
        binder.forField(latitude).asRequired(getTranslation("housing.error.latitudeRequired"))
                .withValidator(value -> value >= -90 && value <= 90, getTranslation("housing.error.latitudeRange"))
                .bind(house -> house.id() == 0 ? null : house.latitude(), (h, v) -> { });
        binder.forField(longitude).asRequired(getTranslation("housing.error.longitudeRequired"))
                .withValidator(value -> value >= -180 && value <= 180, getTranslation("housing.error.longitudeRange"))
                .bind(house -> house.id() == 0 ? null : house.longitude(), (h, v) -> { });
        form.add(name, 2);
        form.add(address, 2);
        form.add(latitude, longitude);
    }

    @Override
    protected String searchText(House house) {
        return house.name() + " " + house.address();
    }

    @Override
    protected House blank() {
        return new House(0, campId(), "", "", 0, 0, 0);
    }

    @Override
    protected House fromFields(House current) {
        return new House(current.id(), campId(), name.getValue().strip(), address.getValue(), latitude.getValue(),
                longitude.getValue(), current.version());
    }

    @Override
    protected Records<House> records() {
        return new Records<>(() -> service.houses(campId()), service::saveHouse, service::deleteHouse);
    }

    @Override
    protected String describe(House house) {
        return house.name();
    }

}
