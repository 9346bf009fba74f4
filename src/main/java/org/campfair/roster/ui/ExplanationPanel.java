package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.campfair.roster.Explanation;
import org.campfair.roster.RosterExplanation;
import org.campfair.roster.RosterStay;

/**
 * The solver's reasons as sentences, broken rules first, filterable by nickname, task or day.
 * Each reason links to the record to fix: the participant, the tasks or the houses, and for a
 * soft rule to the camp's priorities, where its weight is set.
 */
class ExplanationPanel extends VerticalLayout {

    final TextField filter = new TextField();
    final Grid<Explanation> reasons = new Grid<>(Explanation.class, false);
    private List<Explanation> all = List.of();
    private Map<String, Long> participantIds = Map.of();
    private long campId;

    ExplanationPanel() {
        setPadding(false);
        setSizeFull();
        filter.setPlaceholder(getTranslation("roster.why.filter"));
        // Wide enough for its placeholder in every language instead of the field's default 12em.
        filter.setAriaLabel(getTranslation("roster.why.filter"));
        filter.setWidthFull();
        filter.setMaxWidth("24rem");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        reasons.addColumn(r -> RosterFormats.level(this, r.level()))
                .setHeader(getTranslation("roster.why.kind")).setAutoWidth(true).setFlexGrow(0);
        reasons.addColumn(Explanation::sentence).setHeader(getTranslation("roster.why.reason")).setFlexGrow(4);
        reasons.addColumn(Explanation::cost).setHeader(getTranslation("roster.why.cost")).setAutoWidth(true)
                .setFlexGrow(0);
        reasons.addComponentColumn(this::links).setHeader(getTranslation("roster.why.fix")).setFlexGrow(2);
        reasons.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        add(filter, reasons);
        setFlexGrow(1, reasons);
    }

    /** @param everyone the camp's participants, to link each reason to the people it names */
    void setExplanation(long campId, RosterExplanation explanation, List<RosterStay> everyone) {
        this.campId = campId;
        this.participantIds = everyone.stream()
                .collect(Collectors.toMap(RosterStay::nickname, RosterStay::participantId, (a, b) -> a));
        all = explanation.reasons();
        applyFilter();
    }

    /** Where to fix what the reason is about. */
    FlexLayout links(Explanation reason) {
        var links = new FlexLayout();
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-s)");
        for (String nickname : reason.nicknames()) {
            Long id = participantIds.get(nickname);
            if (id != null) {
                links.add(new Anchor(RosterLinks.participant(campId, id), nickname));
            }
        }
        if (reason.task() != null) {
            links.add(new Anchor(RosterLinks.tasks(campId), getTranslation("roster.why.task", reason.task())));
        }
        if (RosterLinks.aboutHousing(reason)) {
            links.add(new Anchor(RosterLinks.houses(campId), getTranslation("roster.why.houses")));
        }
        if (RosterLinks.aboutWeighedRule(reason)) {
            links.add(new Anchor(RosterLinks.priorities(campId), getTranslation("roster.why.priorities")));
        }
        return links;
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
