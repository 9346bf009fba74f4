package org.campfair.calendar;

import org.campfair.camp.CampRoutes;

/** The calendar pages by route, for links from other features. */
public final class CalendarRoutes {

    public static final String CALENDARS = "camps/:" + CampRoutes.CAMP_ID + "/calendars";
    /** A participant's own published schedule with their calendar feed. */
    public static final String MY_SCHEDULE = "me";

    private CalendarRoutes() {
    }

    public static String calendars(long campId) {
        return CampRoutes.of(CALENDARS, campId);
    }
}
