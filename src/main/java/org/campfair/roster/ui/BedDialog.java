package org.campfair.roster.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.campfair.roster.BedOption;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterMove;
import org.campfair.roster.RosterStay;

/** Moves one participant to another bed, after showing what that breaks and costs. */
class BedDialog extends MoveDialog {

    final ComboBox<BedOption> bed = new ComboBox<>();

    BedDialog(RosterEdits edits, long campId, RosterStay stay, Runnable onApplied) {
        super(edits, campId, "", onApplied);
        setHeaderTitle(getTranslation("roster.bed.title", stay.nickname()));
        bed.setLabel(getTranslation("roster.bed.choose"));
        bed.setItems(edits.beds(campId));
        bed.setItemLabelGenerator(b -> b.house() + " · " + b.room() + " · " + b.bed());
        bed.setWidthFull();
        bed.addValueChangeListener(change -> propose(change.getValue() == null ? null
                : RosterMove.bed(stay.participantId(), change.getValue().bedId())));
        addField(bed);
    }
}
