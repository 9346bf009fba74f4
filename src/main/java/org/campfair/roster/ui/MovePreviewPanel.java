package org.campfair.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.campfair.roster.Explanation;
import org.campfair.roster.MovePreview;
import org.campfair.roster.RuleNames;

/** What a hand edit would do, shown before it is confirmed: score change, rules, new and gone reasons. */
class MovePreviewPanel extends VerticalLayout {

    private static final int MAX_REASONS = 15;

    final Span score = new Span();
    final Span warning = new Span();
    final Grid<MovePreview.ConstraintChange> rules = new Grid<>(MovePreview.ConstraintChange.class, false);
    final UnorderedList reasons = new UnorderedList();

    MovePreviewPanel() {
        setPadding(false);
        setSpacing(false);
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        rules.addColumn(c -> RuleNames.of(getLocale(), c.constraint())).setHeader(getTranslation("roster.preview.rule"))
                .setFlexGrow(3);
        rules.addColumn(c -> RosterFormats.level(this, c.level()))
                .setHeader(getTranslation("roster.preview.level")).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(c -> (c.costChange() > 0 ? "+" : "") + c.costChange())
                .setHeader(getTranslation("roster.preview.costChange")).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(c -> c.matchesBefore() + " → " + c.matchesAfter())
                .setHeader(getTranslation("roster.preview.matches")).setAutoWidth(true).setFlexGrow(0);
        rules.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rules.setAllRowsVisible(true);
        add(score, warning, rules, reasons);
        clear();
    }

    void clear() {
        score.setText("");
        warning.setVisible(false);
        rules.setItems(List.of());
        rules.setVisible(false);
        reasons.removeAll();
    }

    void show(MovePreview preview) {
        score.setText(getTranslation("roster.preview.score", preview.scoreBefore(), preview.scoreAfter()));
        warning.setText(getTranslation("roster.preview.breaksHard"));
        warning.setVisible(preview.breaksHardRules());
        rules.setItems(preview.constraints());
        rules.setVisible(!preview.constraints().isEmpty());
        reasons.removeAll();
        add(preview.added(), "roster.preview.added");
        add(preview.removed(), "roster.preview.removed");
    }

    private void add(List<Explanation> list, String key) {
        list.stream().limit(MAX_REASONS).forEach(reason -> reasons.add(new ListItem(getTranslation(key,
                reason.sentence()))));
        if (list.size() > MAX_REASONS) {
            reasons.add(new ListItem(getTranslation("roster.preview.more", list.size() - MAX_REASONS)));
        }
    }
}
