package org.campfair.selfservice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.campfair.selfservice.ChangeNotice;
import org.campfair.selfservice.ChangeNotices;
import org.springframework.modulith.NamedInterface;

/**
 * A few lines on a participant's schedule page about self-service changes that concern them:
 * "You took …", "… took your give-away", "Swap with … done", a change the organizers declined,
 * a seat held for them from a waiting list (with a link to the open-seats page). Others by
 * nickname only. Empty and hidden when there is nothing recent.
 *
 * <p>Exposed to the schedule page (calendar) as the module's "news" interface; it finds its
 * service itself, so the page adds it with one line and needs no wiring of its own.
 */
@NamedInterface("news")
public class SelfServiceNews extends Div {

    final UnorderedList lines = new UnorderedList();

    SelfServiceNews(ChangeNotices notices, long participantId, ZoneId zone) {
        addClassName("self-service-news");
        getElement().setAttribute("role", "status");
        var day = DateTimeFormatter.ofPattern(getTranslation("app.format.day"), getLocale());
        var at = DateTimeFormatter.ofPattern(getTranslation("app.format.dateTime"), getLocale()).withZone(zone);
        for (ChangeNotice notice : notices.of(participantId)) {
            String key = "selfService.news." + notice.kind().name();
            var line = new ListItem(getTranslation(key, notice.task(), day.format(notice.day()), notice.start(),
                    notice.end(), notice.other(), at.format(notice.at())));
            if (notice.kind() == ChangeNotice.Kind.HELD) {
                line.add(new com.vaadin.flow.component.html.Span(" "), new Anchor("me/open-seats",
                        getTranslation("selfService.news.open")));
            }
            lines.add(line);
        }
        add(lines);
        setVisible(lines.getComponentCount() > 0);
    }

    /** The participant's lines, for a page of another module: the service comes from the app. */
    public static SelfServiceNews of(long participantId) {
        var notices = VaadinService.getCurrent().getInstantiator().getOrCreate(ChangeNotices.class);
        return new SelfServiceNews(notices, participantId, notices.zoneOf(participantId));
    }
}
