package org.campfair.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The roster page's tabs: each shows one pane, and a pane is read from the database only while
 * it is the visible one, because explanations and the fairness chart cost a score analysis.
 */
final class RosterTabs {

    /** A tab's content, how to read it, and whether reading it costs a score analysis. */
    record Pane(Component component, boolean costly, Runnable read) { }

    final Tabs tabs = new Tabs();
    private final Map<Tab, Pane> panes = new LinkedHashMap<>();

    RosterTabs() {
        tabs.setWidthFull();
    }

    void add(String label, Pane pane) {
        var tab = new Tab(label);
        tabs.add(tab);
        panes.put(tab, pane);
    }

    Stream<Component> components() {
        return panes.values().stream().map(Pane::component);
    }

    /** Shows only the selected pane, and reads it anew when {@code read} is set. */
    void showSelected(boolean read) {
        panes.forEach((tab, pane) -> pane.component().setVisible(tab.equals(tabs.getSelectedTab())));
        var pane = panes.get(tabs.getSelectedTab());
        if (read && pane != null) {
            pane.read().run();
        }
    }

    boolean selectedIsCostly() {
        var pane = panes.get(tabs.getSelectedTab());
        return pane != null && pane.costly();
    }

    void selectLast() {
        tabs.setSelectedIndex(panes.size() - 1);
    }
}
