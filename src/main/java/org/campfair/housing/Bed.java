package org.campfair.housing;

/** One bed (or futon) in a room, labelled so people can find it. */
public record Bed(long id, long roomId, String label, int version) {
}
