package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterStay;

/**
 * Where everyone sleeps: house, room and bed for each participant's stay, by nickname, read
 * a page at a time (a large camp has hundreds of stays). Each row can move the bed or pin it.
 */
class StayGrid extends Grid<RosterStay> {

    private final RosterPages pages;
    private final Consumer<RosterStay> onMove;
    private final BiConsumer<RosterStay, Boolean> onPin;

    StayGrid(RosterPages pages, Consumer<RosterStay> onMove, BiConsumer<RosterStay, Boolean> onPin) {
        super(RosterStay.class, false);
        this.pages = pages;
        this.onMove = onMove;
        this.onPin = onPin;
        var formats = new RosterFormats(this);
        addColumn(RosterStay::nickname).setHeader(getTranslation("roster.stay.nickname")).setAutoWidth(true);
        addColumn(s -> formats.day(s.arrivesOn()) + " → " + formats.day(s.departsOn()))
                .setHeader(getTranslation("roster.stay.dates")).setAutoWidth(true);
        addColumn(s -> s.house() == null ? getTranslation("roster.stay.noBed") : s.house())
                .setHeader(getTranslation("roster.stay.house")).setAutoWidth(true);
        // Sized to their texts (names of houses and rooms, "no bed yet" in every language), not cut off.
        addColumn(s -> s.room() == null ? "" : s.room()).setHeader(getTranslation("roster.stay.room")).setAutoWidth(true);
        addColumn(s -> s.bed() == null ? "" : s.bed()).setHeader(getTranslation("roster.stay.bed")).setAutoWidth(true);
        addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
    }

    void show(long campId) {
        setItems(query -> pages.stays(campId, query.getOffset(), query.getLimit()).stream(),
                query -> pages.countStays(campId));
    }

    private com.vaadin.flow.component.Component actions(RosterStay stay) {
        var move = new Button(getTranslation("roster.stay.move"), click -> onMove.accept(stay));
        move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var pin = new Button(stay.pinned() ? VaadinIcon.PIN.create() : VaadinIcon.PIN_POST.create(),
                click -> onPin.accept(stay, !stay.pinned()));
        pin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        pin.setAriaLabel(getTranslation(stay.pinned() ? "roster.unpin" : "roster.pin"));
        pin.getElement().setAttribute("title", pin.getAriaLabel().orElse(""));
        var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(move, pin);
        row.setSpacing(false);
        return row;
    }
}
