package org.campfair.task;

import org.campfair.camp.CampRoutes;

/** The work set-up's pages by route, for links from other features. */
public final class TaskRoutes {

    public static final String TASKS = "camps/:" + CampRoutes.CAMP_ID + "/tasks";
    /** A host's own village page. */
    public static final String VILLAGE = "village";
    /** A host's board of the day for their village (the camp-days feature's page). */
    public static final String VILLAGE_TODAY = VILLAGE + "/today";

    private TaskRoutes() {
    }

    public static String tasks(long campId) {
        return CampRoutes.of(TASKS, campId);
    }
}
