package org.campfair.housing;

import org.campfair.camp.CampRoutes;

/** The housing set-up's page by route, for links from other features. */
public final class HousingRoutes {

    public static final String HOUSES = "camps/:" + CampRoutes.CAMP_ID + "/houses";

    private HousingRoutes() {
    }

    public static String houses(long campId) {
        return CampRoutes.of(HOUSES, campId);
    }
}
