package org.campfair.campday;

/** The camp-day pages by route, for links from other features. */
public final class CampDayRoutes {

    /** A participant's own "I can't come today"; followed by {@code /today} or {@code /tomorrow}. */
    public static final String NOT_TODAY = "me/not-today";

    private CampDayRoutes() {
    }

    /** The check-in page of one shift, for its organizers, hosts and leads. */
    public static String shiftCheckIn(long shiftId) {
        return "check-in/" + shiftId;
    }

    public static String notToday(boolean tomorrow) {
        return NOT_TODAY + (tomorrow ? "/tomorrow" : "/today");
    }
}
