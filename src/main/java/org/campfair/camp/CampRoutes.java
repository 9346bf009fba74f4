package org.campfair.camp;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.campfair.shared.NotFoundException;

/**
 * The camp's pages by route, and the camp a page under {@code camps/:campId/...} is about.
 * Other features link here by these paths rather than by importing a view.
 */
public final class CampRoutes {

    /** The route parameter that names the camp in every page of one camp. */
    public static final String CAMP_ID = "campId";
    public static final String LIST = "camps";
    public static final String NEW = "camps/new";
    public static final String SETTINGS = "camps/:" + CAMP_ID + "/settings";
    /** The board of a running camp's day (the camp-days feature's page). */
    public static final String TODAY = "camps/:" + CAMP_ID + "/today";

    private CampRoutes() {
    }

    public static String settings(long campId) {
        return of(SETTINGS, campId);
    }

    public static String today(long campId) {
        return of(TODAY, campId);
    }

    /** A route template of one camp's page with the camp filled in: {@code camps/7/tasks}. */
    public static String of(String template, long campId) {
        return template.replace(":" + CAMP_ID, Long.toString(campId));
    }

    /**
     * The camp id the route names, for a page that says itself when the camp is missing or not
     * the reader's.
     *
     * @throws NotFoundException when the route names no camp id
     */
    public static long campIdOf(BeforeEnterEvent event) {
        return event.getRouteParameters().getLong(CAMP_ID).orElseThrow(() -> new NotFoundException("Camp", 0));
    }

    /**
     * The camp the route names, if there is one; if the parameter is no number or no such camp
     * exists, the page is rerouted to the error page with the message of {@code notFoundKey}
     * and the answer is empty. A camp the signed-in person may not see is refused as before
     * (the access check of {@link CampService#get}).
     */
    public static Optional<Camp> campOf(BeforeEnterEvent event, CampService camps, String notFoundKey) {
        try {
            return Optional.of(camps.get(Long.parseLong(event.getRouteParameters().get(CAMP_ID).orElse(""))));
        } catch (NumberFormatException | NotFoundException missing) {
            // Vaadin's not-found page (404), as for a path that leads nowhere.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    event.getUI().getTranslation(notFoundKey));
            return Optional.empty();
        }
    }
}
