package org.campfair.shared.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A set-up page's tabs of editor panels, full width. A tab shows what the others changed
 * meanwhile (a new house in the room form, a new site in the task form): it refreshes when chosen.
 */
public class EditorTabs extends TabSheet {

    private boolean refreshing;

    public EditorTabs() {
        setWidthFull();
    }

    /** Adds a panel under its label; returns these tabs, for adding the next one. */
    public EditorTabs with(String label, EditorPanel<?> panel) {
        add(label, panel);
        // Listening only once the first tab is in: adding it selects it, before any camp is shown.
        if (!refreshing) {
            addSelectedChangeListener(change -> ((EditorPanel<?>) getComponent(change.getSelectedTab())).refresh());
            refreshing = true;
        }
        return this;
    }
}
