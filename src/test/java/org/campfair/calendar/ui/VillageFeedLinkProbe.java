package org.campfair.calendar.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** Lets tests of pages that embed a {@link VillageFeedLink} read the links it shows. */
public final class VillageFeedLinkProbe {

    private VillageFeedLinkProbe() {
    }

    public static boolean isFeedLink(Component component) {
        return component instanceof VillageFeedLink;
    }

    public static List<String> links(Component villageFeedLink) {
        var feeds = ((VillageFeedLink) villageFeedLink).feeds;
        return feeds.getListDataView().getItems().map(feed -> feeds.linkOf(feed).path()).toList();
    }
}
