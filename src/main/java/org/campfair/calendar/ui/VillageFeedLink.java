package org.campfair.calendar.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campfair.calendar.FeedLinks;

/**
 * A host village's own calendar link, for the host's page: every shift of the village with
 * who is coming (nicknames only), one link per camp the village hosts, with Copy, Re-issue
 * and Revoke as organizers have them. Shown on the host's village page through
 * {@link VillageFeedSection}.
 */
class VillageFeedLink extends VerticalLayout {

    final FeedLinkGrid feeds;
    final Paragraph none = new Paragraph(getTranslation("calendar.village.none"));

    VillageFeedLink(FeedLinks links, long villageId) {
        this.feeds = new FeedLinkGrid(links, false);
        setPadding(false);
        var shown = links.ofVillage(villageId);
        feeds.show(shown);
        feeds.setAllRowsVisible(true);
        add(new H2(getTranslation("calendar.village.title")), new Paragraph(getTranslation("calendar.village.intro")));
        add(shown.isEmpty() ? none : feeds);
    }
}
