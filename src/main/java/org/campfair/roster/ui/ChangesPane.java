package org.campfair.roster.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.campfair.roster.RosterChange;

/**
 * The "Changes" tab: what publishing now would change, or, when there is nothing to list,
 * why and what to do next (publish a first time, or edit and re-plan before publishing again).
 */
class ChangesPane extends VerticalLayout {

    final ChangesGrid grid = new ChangesGrid();
    final Paragraph empty = new Paragraph();

    ChangesPane() {
        setPadding(false);
        setSizeFull();
        add(empty, grid);
        setFlexGrow(1, grid);
    }

    /** {@code published}: whether the camp has a publication to compare with. */
    void setChanges(List<RosterChange> changes, boolean published) {
        grid.setChanges(changes);
        grid.setVisible(!changes.isEmpty());
        empty.setVisible(changes.isEmpty());
        empty.setText(getTranslation(published ? "roster.changes.none" : "roster.changes.neverPublished"));
    }
}
