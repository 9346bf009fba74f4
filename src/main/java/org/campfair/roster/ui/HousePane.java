package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.campfair.roster.BedNights;
import org.campfair.roster.BedOption;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterPages;

/**
 * One house at a time, chosen from a list: its rooms and beds as rows, the camp's nights as
 * columns, and who sleeps where each night. Only the chosen house is read, so large camps
 * with many houses stay quick.
 */
class HousePane extends VerticalLayout {

    final Select<BedOption> house = new Select<>();
    final Grid<BedNights> beds = new Grid<>();

    private final RosterPages pages;
    private final RosterEdits edits;
    private final RosterFormats formats = new RosterFormats(this);
    private long campId;
    private List<LocalDate> nights = List.of();

    HousePane(RosterPages pages, RosterEdits edits) {
        this.pages = pages;
        this.edits = edits;
        setPadding(false);
        setSizeFull();
        house.setLabel(getTranslation("roster.house.choose"));
        house.setItemLabelGenerator(BedOption::house);
        house.addValueChangeListener(change -> showHouse());
        beds.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        add(house, beds);
        setFlexGrow(1, beds);
    }

    /** Lists the camp's houses (one entry per house) and shows the chosen one. */
    void show(long campId, LocalDate firstNight, LocalDate lastNight) {
        this.campId = campId;
        this.nights = firstNight.datesUntil(lastNight.plusDays(1)).toList();
        var chosen = house.getValue();
        var houses = edits.beds(campId).stream()
                .collect(Collectors.toMap(BedOption::houseId, b -> b, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
        house.setItems(houses);
        houses.stream().filter(h -> chosen != null && h.houseId() == chosen.houseId()).findFirst()
                .or(() -> houses.stream().findFirst()).ifPresent(house::setValue);
        showHouse();
    }

    private void showHouse() {
        beds.removeAllColumns();
        if (house.getValue() == null || campId == 0) {
            beds.setItems(List.of());
            return;
        }
        beds.addColumn(BedNights::room).setHeader(getTranslation("roster.stay.room")).setAutoWidth(true)
                .setFrozen(true);
        beds.addColumn(BedNights::bed).setHeader(getTranslation("roster.stay.bed")).setAutoWidth(true)
                .setFrozen(true);
        for (LocalDate night : nights) {
            beds.addColumn(bed -> bed.on(night).stream().map(BedNights.Sleeper::nickname)
                    .collect(Collectors.joining(" + "))).setHeader(formats.day(night)).setAutoWidth(true);
        }
        beds.setItems(pages.house(campId, house.getValue().houseId()));
    }
}
