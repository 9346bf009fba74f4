package org.campfair.housing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import org.campfair.housing.Bed;
import org.campfair.housing.HousingService;
import org.campfair.housing.Room;
import org.campfair.shared.ui.Choices;
import org.campfair.shared.ui.EditorPanel;

/** The beds of a camp's rooms, each with a label people can find. */
class BedPanel extends EditorPanel<Bed> {

    final ComboBox<Room> room = new ComboBox<>(getTranslation("housing.field.room"));
    final TextField label = new TextField(getTranslation("housing.field.label"));

    private final HousingService service;
    private final Map<Long, String> houseNames = new HashMap<>();
    private final Choices<Room> rooms = new Choices<>(room, Room::id,
            r -> houseNames.getOrDefault(r.houseId(), "") + " · " + r.name());

    BedPanel(HousingService service) {
        super(Bed::id);
        this.service = service;
        column(bed -> rooms.name(bed.roomId()), getTranslation("housing.field.room")).setFlexGrow(2);
        column(Bed::label, getTranslation("housing.field.label"));
        binder.forField(room).asRequired(getTranslation("housing.error.roomRequired"))
                .bind(bed -> rooms.get(bed.roomId()), (b, v) -> { });
        binder.forField(label).asRequired(getTranslation("housing.error.labelRequired")).bind(Bed::label, (b, v) -> { });
        form.add(room, label);
    }

    @Override
    public void refresh() {
        houseNames.clear();
        service.houses(campId()).forEach(h -> houseNames.put(h.id(), h.name()));
        rooms.set(service.rooms(campId()));
        super.refresh();
    }

    @Override
    protected String searchText(Bed bed) {
        return rooms.name(bed.roomId()) + " " + bed.label();
    }

    @Override
    protected Bed blank() {
        return new Bed(0, 0, "", 0);
    }

    @Override
    protected Bed fromFields(Bed current) {
        return new Bed(current.id(), room.getValue().id(), label.getValue().strip(), current.version());
    }

    @Override
    protected Records<Bed> records() {
        return new Records<>(() -> service.beds(campId()), bed -> service.saveBed(campId(), bed), service::deleteBed);
    }

    @Override
    protected String describe(Bed bed) {
        return rooms.name(bed.roomId()) + " · " + bed.label();
    }
}
