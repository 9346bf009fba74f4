package org.campfair.roster;

import org.campfair.camp.CampRoutes;

/** The roster's pages by route, for links from other features. */
public final class RosterRoutes {

    public static final String ROSTER = "camps/:" + CampRoutes.CAMP_ID + "/roster";
    public static final String PRIORITIES = ROSTER + "/priorities";

    private RosterRoutes() {
    }

    public static String roster(long campId) {
        return CampRoutes.of(ROSTER, campId);
    }

    /** The weights of the camp's soft rules. */
    public static String priorities(long campId) {
        return CampRoutes.of(PRIORITIES, campId);
    }
}
