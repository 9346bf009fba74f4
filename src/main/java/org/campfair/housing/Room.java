package org.campfair.housing;

import org.jspecify.annotations.Nullable;

/**
 * A room of a house. {@code privateRoom}: a single room for one person; {@code stepFree}:
 * reachable without stairs; {@code quiet}: away from kitchen and road; {@code rule}: who may
 * sleep there, if anyone is excluded.
 */
public record Room(long id, long houseId, String name, boolean privateRoom, boolean stepFree, boolean quiet,
        @Nullable RoomRule rule, int version) {
}
