package org.campfair.participant;

import org.campfair.camp.CampRoutes;

/** The participants' pages by route, for links from other features. */
public final class ParticipantRoutes {

    public static final String PARTICIPANTS = "camps/:" + CampRoutes.CAMP_ID + "/participants";
    /** The query parameter that opens one participant on the participants page. */
    public static final String PARTICIPANT = "participant";
    /** A participant's own preferences. */
    public static final String MY_PREFERENCES = "me/preferences";

    private ParticipantRoutes() {
    }

    public static String participants(long campId) {
        return CampRoutes.of(PARTICIPANTS, campId);
    }

    /** The participants page with one participant open. */
    public static String participant(long campId, long participantId) {
        return participants(campId) + "?" + PARTICIPANT + "=" + participantId;
    }
}
