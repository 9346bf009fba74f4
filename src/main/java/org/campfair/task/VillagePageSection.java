package org.campfair.task;

import com.vaadin.flow.component.Component;

/**
 * A part that a feature above task adds to a host village's own page, such as the calendar's
 * links of the village. The page shows every such bean under its title, so task need not
 * import those features (they depend on task; the import would close a cycle).
 */
public interface VillagePageSection {

    /** The section for one village, made anew on every visit of the page. */
    Component forVillage(long villageId);
}
