package org.campfair.camp.ui;

import org.campfair.camp.CampRoutes;

/**
 * The pages of one camp that features above camp serve (its work, houses, participants,
 * roster, self-service and after-camp record), by path: camp cannot import their route helpers, as they depend on camp and the
 * import would close a cycle. CampPagesTest holds each path to the owning feature's helper.
 */
final class CampPages {

    static final String TASKS = "camps/:" + CampRoutes.CAMP_ID + "/tasks";
    static final String HOUSES = "camps/:" + CampRoutes.CAMP_ID + "/houses";
    static final String PARTICIPANTS = "camps/:" + CampRoutes.CAMP_ID + "/participants";
    static final String ROSTER = "camps/:" + CampRoutes.CAMP_ID + "/roster";
    static final String PRIORITIES = ROSTER + "/priorities";
    static final String SELF_SERVICE = "camps/:" + CampRoutes.CAMP_ID + "/self-service";
    static final String AFTER_CAMP = "camps/:" + CampRoutes.CAMP_ID + "/after-camp";

    private CampPages() {
    }

    static String of(String page, long campId) {
        return CampRoutes.of(page, campId);
    }
}
