package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.campfair.roster.RosterChange;

/** What publishing now would change for participants, against the published roster. */
class ChangesGrid extends Grid<RosterChange> {

    ChangesGrid() {
        super(RosterChange.class, false);
        var formats = new RosterFormats(this);
        addColumn(c -> getTranslation(c.kind() == RosterChange.Kind.SEAT ? "roster.changes.shift"
                : "roster.changes.bed")).setHeader(getTranslation("roster.changes.what")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(c -> c.day() == null ? "" : formats.day(c.day(), c.start()))
                .setHeader(getTranslation("roster.changes.when")).setAutoWidth(true);
        addColumn(c -> c.task() == null ? "" : c.task()).setHeader(getTranslation("roster.shift.task"));
        addColumn(c -> c.before() == null ? "—" : c.before()).setHeader(getTranslation("roster.changes.published"));
        addColumn(c -> c.after() == null ? "—" : c.after()).setHeader(getTranslation("roster.changes.now"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
    }

    void setChanges(List<RosterChange> changes) {
        setItems(changes);
    }
}
