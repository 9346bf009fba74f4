package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.campfair.roster.RosterChange;

/** What publishing now would change for participants, against the published roster. */
class ChangesGrid extends Grid<RosterChange> {

    ChangesGrid() {
        super(RosterChange.class, false);
        addColumn(c -> c.kind() == RosterChange.Kind.SEAT ? "shift" : "bed").setHeader("What").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(c -> c.day() == null ? "" : c.day() + " " + c.start()).setHeader("When").setAutoWidth(true);
        addColumn(c -> c.task() == null ? "" : c.task()).setHeader("Task");
        addColumn(c -> c.before() == null ? "—" : c.before()).setHeader("Published");
        addColumn(c -> c.after() == null ? "—" : c.after()).setHeader("Now");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
    }

    void setChanges(List<RosterChange> changes) {
        setItems(changes);
    }
}
