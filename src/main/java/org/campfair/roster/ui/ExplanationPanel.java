package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.campfair.roster.Explanation;
import org.campfair.roster.RosterExplanation;

/** The solver's reasons as sentences, broken rules first, filterable by nickname, task or day. */
class ExplanationPanel extends VerticalLayout {

    final TextField filter = new TextField();
    final Grid<Explanation> reasons = new Grid<>(Explanation.class, false);
    private List<Explanation> all = List.of();

    ExplanationPanel() {
        setPadding(false);
        setSizeFull();
        filter.setPlaceholder("Filter by nickname, task or day");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        reasons.addColumn(r -> r.level().toLowerCase(Locale.ROOT)).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        reasons.addColumn(Explanation::sentence).setHeader("Reason").setFlexGrow(4);
        reasons.addColumn(Explanation::cost).setHeader("Cost").setAutoWidth(true).setFlexGrow(0);
        reasons.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        add(filter, reasons);
        setFlexGrow(1, reasons);
    }

    void setExplanation(RosterExplanation explanation) {
        all = explanation.reasons();
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue().trim().toLowerCase(Locale.ROOT);
        reasons.setItems(text.isEmpty() ? all : all.stream().filter(r -> matches(r, text)).toList());
    }

    private static boolean matches(Explanation reason, String text) {
        return reason.nicknames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(text))
                || (reason.task() != null && reason.task().toLowerCase(Locale.ROOT).contains(text))
                || (reason.day() != null && reason.day().toString().contains(text))
                || reason.sentence().toLowerCase(Locale.ROOT).contains(text);
    }
}
