package org.campfair.housing;

/** An optional house rule for who may sleep in a room. */
public enum RoomRule {
    WOMEN_ONLY, MEN_ONLY
}
