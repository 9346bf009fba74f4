package org.campfair.camp.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.campfair.camp.Camp;
import org.campfair.camp.CampRoutes;

/**
 * One camp on the camps page: its name, dates, time zone and status, and a link to each of its
 * pages. The links are real links (they open in a new tab and read as links), grouped under
 * the camp's name for screen readers.
 */
class CampRow extends Article {

    final Camp camp;
    final Anchor roster;
    final Anchor participants;
    final Anchor tasks;
    final Anchor houses;
    final Anchor selfService;
    final Anchor afterCamp;
    final Anchor settings;

    CampRow(Camp camp) {
        this.camp = camp;
        addClassName("camp-row");
        long id = camp.id();
        roster = action("camp.action.roster", CampPages.of(CampPages.ROSTER, id));
        participants = action("camp.action.participants", CampPages.of(CampPages.PARTICIPANTS, id));
        tasks = action("camp.action.tasks", CampPages.of(CampPages.TASKS, id));
        houses = action("camp.action.houses", CampPages.of(CampPages.HOUSES, id));
        selfService = action("camp.action.selfService", CampPages.of(CampPages.SELF_SERVICE, id));
        afterCamp = action("camp.action.afterCamp", CampPages.of(CampPages.AFTER_CAMP, id));
        settings = action("camp.action.settings", CampRoutes.settings(id));
        var status = new Span(status(camp));
        status.addClassName("camp-status");
                var details = new Paragraph(new Span(getTranslation("camp.list.dates", camp.startsOn(), camp.endsOn())),
                new Span(camp.timeZone().getId()), status);
        details.addClassName("camp-row-details");
        var about = new Div(new H2(camp.name()), details);
        about.addClassName("camp-row-about");
        var actions = new Div();
        actions.addClassName("camp-row-actions");
        actions.getElement().setAttribute("role", "group");
        actions.getElement().setAttribute("aria-label", getTranslation("camp.list.actionsOf", camp.name()));
        actions.add(actions().toArray(Anchor[]::new));
        add(about, actions);
    }

    /** The links in the order they are shown. */
    List<Anchor> actions() {
        return List.of(roster, participants, tasks, houses, selfService, afterCamp, settings);
    }

    private Anchor action(String key, String route) {
        var link = new Anchor(route, getTranslation(key));
        link.addClassName("camp-action");
        // The router follows it in the page, as a RouterLink does, instead of loading the app again.
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private String status(Camp shown) {
        return switch (shown.status()) {
            case DRAFT -> getTranslation("camp.status.draft");
            case PLANNING -> getTranslation("camp.status.planning");
            case PUBLISHED -> getTranslation("camp.status.published");
        };
    }
}
