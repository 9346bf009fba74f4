package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.campfair.roster.RosterStay;

/** Where everyone sleeps: house, room and bed for each participant's stay, by nickname. */
class StayGrid extends Grid<RosterStay> {

    StayGrid() {
        super(RosterStay.class, false);
        addColumn(RosterStay::nickname).setHeader("Nickname").setSortable(true);
        addColumn(s -> s.arrivesOn() + " → " + s.departsOn()).setHeader("Stay");
        addColumn(s -> s.house() == null ? "no bed yet" : s.house()).setHeader("House").setSortable(true);
        addColumn(s -> s.room() == null ? "" : s.room()).setHeader("Room");
        addColumn(s -> s.bed() == null ? "" : s.bed()).setHeader("Bed");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
    }

    void setStays(List<RosterStay> stays) {
        setItems(stays);
    }
}
