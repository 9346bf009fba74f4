package org.campfair.roster;

/** A bed an organizer can move someone into, named by house, room and label. */
public record BedOption(long bedId, long houseId, String house, String room, String bed) {
}
