package org.campfair.calendar.ui;

import com.vaadin.flow.component.Component;
import org.campfair.calendar.FeedLinks;
import org.campfair.task.VillagePageSection;

/** The village's own calendar links on the host's village page. */
@org.springframework.stereotype.Component
class VillageFeedSection implements VillagePageSection {

    private final FeedLinks links;

    VillageFeedSection(FeedLinks links) {
        this.links = links;
    }

    @Override
    public Component forVillage(long villageId) {
        return new VillageFeedLink(links, villageId);
    }
}
