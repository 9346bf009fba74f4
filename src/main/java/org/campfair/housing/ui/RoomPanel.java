package org.campfair.housing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.campfair.housing.House;
import org.campfair.housing.HousingService;
import org.campfair.housing.Room;
import org.campfair.housing.RoomRule;
import org.campfair.shared.ui.Choices;
import org.campfair.shared.ui.EditorPanel;

/** The rooms of a camp's houses: private, step-free, quiet, and an optional room rule. */
class RoomPanel extends EditorPanel<Room> {

    final ComboBox<House> house = new ComboBox<>(getTranslation("housing.field.house"));
    final TextField name = new TextField(getTranslation("housing.field.roomName"));
    final Checkbox privateRoom = new Checkbox(getTranslation("housing.field.private"));
    final Checkbox stepFree = new Checkbox(getTranslation("housing.field.stepFree"));
    final Checkbox quiet = new Checkbox(getTranslation("housing.field.quiet"));
    final Select<Optional<RoomRule>> rule = new Select<>();

    private final HousingService service;
    private final Choices<House> houses = new Choices<>(house, House::id, House::name);

    RoomPanel(HousingService service) {
        super(Room::id);
        this.service = service;
        column(room -> houses.name(room.houseId()), getTranslation("housing.field.house"));
        column(Room::name, getTranslation("housing.field.roomName")).setFlexGrow(2);
        column(room -> features(room), getTranslation("housing.field.features")).setFlexGrow(2);
        rule.setLabel(getTranslation("housing.field.rule"));
        rule.setItems(Optional.empty(), Optional.of(RoomRule.WOMEN_ONLY), Optional.of(RoomRule.MEN_ONLY));
        rule.setItemLabelGenerator(value -> value.map(this::ruleText).orElse(getTranslation("housing.rule.none")));
        binder.forField(house).asRequired(getTranslation("housing.error.houseRequired"))
                .bind(room -> houses.get(room.houseId()), (r, v) -> { });
        binder.forField(name).asRequired(getTranslation("housing.error.nameRequired")).bind(Room::name, (r, v) -> { });
        binder.forField(privateRoom).bind(Room::privateRoom, (r, v) -> { });
        binder.forField(stepFree).bind(Room::stepFree, (r, v) -> { });
        binder.forField(quiet).bind(Room::quiet, (r, v) -> { });
        binder.forField(rule).bind(room -> Optional.ofNullable(room.rule()), (r, v) -> { });
        form.add(house, name, rule);
        form.add(privateRoom, stepFree, quiet);
    }

    @Override
    public void refresh() {
        houses.set(service.houses(campId()));
        super.refresh();
    }

    @Override
    protected String searchText(Room room) {
        return houses.name(room.houseId()) + " " + room.name() + " " + features(room);
    }

    @Override
    protected Room blank() {
        return new Room(0, houses.onlyId(), "", false, false, false, null, 0);
    }

    @Override
    protected Room fromFields(Room current) {
        return new Room(current.id(), house.getValue().id(), name.getValue().strip(), privateRoom.getValue(),
                stepFree.getValue(), quiet.getValue(), rule.getValue() == null ? null : rule.getValue().orElse(null),
                current.version());
    }

    @Override
    protected Records<Room> records() {
        return new Records<>(() -> service.rooms(campId()), room -> service.saveRoom(campId(), room), service::deleteRoom);
    }

    @Override
    protected String describe(Room room) {
        return houses.name(room.houseId()) + " · " + room.name();
    }

    private String features(Room room) {
        var shown = new java.util.ArrayList<String>();
        if (room.privateRoom()) {
            shown.add(getTranslation("housing.field.private"));
        }
        if (room.stepFree()) {
            shown.add(getTranslation("housing.field.stepFree"));
        }
        if (room.quiet()) {
            shown.add(getTranslation("housing.field.quiet"));
        }
        if (room.rule() != null) {
            shown.add(ruleText(room.rule()));
        }
        return String.join(", ", shown);
    }

    private String ruleText(RoomRule value) {
        return switch (value) {
            case WOMEN_ONLY -> getTranslation("housing.rule.womenOnly");
            case MEN_ONLY -> getTranslation("housing.rule.menOnly");
        };
    }
}
