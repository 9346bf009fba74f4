package org.campfair.camp;

/** Where a camp is in its yearly cycle. */
public enum CampStatus {
    /** Being set up: tasks, houses and participants are still coming in. */
    DRAFT,
    /** A roster is being solved or reviewed, nothing has been sent to participants yet. */
    PLANNING,
    /** A roster has been published to participants' calendars. */
    PUBLISHED
}
