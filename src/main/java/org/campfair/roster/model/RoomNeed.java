package org.campfair.roster.model;

/** A reason a bed may not suit a volunteer. */
public enum RoomNeed {
    /** The volunteer needs a room to themselves. */
    PRIVATE_ROOM,
    /** The volunteer needs a room reachable without steps. */
    STEP_FREE,
    /** The room is women-only or men-only and the volunteer's gender does not match. */
    ROOM_RULE
}
