package org.campfair.selfservice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A camp's self-service settings.
 *
 * @param openSeats whether participants may take open seats themselves
 * @param giveAways whether participants may give their seats away to others
 * @param swaps whether participants may swap seats with each other; a swap applies at once
 * @param frozenFrom from this day on (the camp's own date) only organizers change the roster;
 *     null: never frozen
 * @param maxExtraMinutesPerDay how far above the camp's fair share, in minutes per day at camp,
 *     a seat a participant takes may put them (0 to 720)
 * @param version as read, for optimistic locking (0 before the first save)
 */
public record SelfServiceSettings(long campId, boolean openSeats, boolean giveAways, boolean swaps, @Nullable LocalDate frozenFrom,
        int maxExtraMinutesPerDay, int version) {

    public static final int MAX_EXTRA_MINUTES = 720;

    public static SelfServiceSettings defaults(long campId) {
        return new SelfServiceSettings(campId, true, true, true, null, 60, 0);
    }

    /** True on and after the freeze day. */
    public boolean frozenOn(LocalDate today) {
        return frozenFrom != null && !today.isBefore(frozenFrom);
    }
}
