package org.campfair.roster.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Shown on the roster page of a camp with nothing to fill yet, instead of leaving the organizer
 * to press Solve on empty grids: what is missing (shifts, participants) and where to add it.
 */
class NothingToSolve extends Div {

    final Span text = new Span();
    final Anchor where = new Anchor();

    NothingToSolve() {
        addClassName("next-step");
        getElement().setAttribute("role", "status");
        where.getElement().setAttribute("router-link", true);
        add(text, new Span(" "), where);
        setVisible(false);
    }

    /** Says what the camp lacks, or hides when it has shifts and participants. */
    void show(long campId, boolean hasShifts, boolean hasParticipants) {
        setVisible(!hasShifts || !hasParticipants);
        if (!hasShifts) {
            text.setText(getTranslation("roster.empty.noShifts"));
            where.setText(getTranslation("roster.empty.toTasks"));
            where.setHref(RosterLinks.tasks(campId));
            where.setVisible(true);
        } else if (!hasParticipants) {
            // Participants come in with an import; the import page is reached from the menu.
            text.setText(getTranslation("roster.empty.noParticipants"));
            where.setVisible(false);
        }
    }
}
