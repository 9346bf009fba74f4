package org.campfair.selfservice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A camp's self-service settings.
 *
 * @param openSeats whether participants may take open seats themselves
 * @param giveAways whether participants may give their seats away to others
 * @param swaps whether participants may swap seats with each other
 * @param frozenFrom from this day on (the camp's own date) only organizers change the roster;
 *     null: never frozen
 * @param maxExtraMinutesPerDay how far above the camp's fair share, in minutes per day at camp,
 *     a seat a participant takes may put them (0 to 720)
 * @param approval whether an accepted give-away or swap waits for an organizer's approval
 *     (false: it applies at once)
 * @param waitingLists whether participants may join waiting lists of full tasks
 * @param waitingOfferMinutes how long a freed seat stays held for the first person on a waiting
 *     list (15 to 10080 minutes), never past the shift's start
 * @param version as read, for optimistic locking (0 before the first save)
 */
public record SelfServiceSettings(long campId, boolean openSeats, boolean giveAways, boolean swaps,
        @Nullable LocalDate frozenFrom, int maxExtraMinutesPerDay, boolean approval, boolean waitingLists,
        int waitingOfferMinutes, int version) {

    public static final int MAX_EXTRA_MINUTES = 720;
    public static final int MIN_WAITING_OFFER_MINUTES = 15;
    public static final int MAX_WAITING_OFFER_MINUTES = 7 * 24 * 60;
    public static final int DEFAULT_WAITING_OFFER_MINUTES = 12 * 60;

    /** The settings of the first three switches, with no approval and waiting lists as by default. */
    public SelfServiceSettings(long campId, boolean openSeats, boolean giveAways, boolean swaps,
            @Nullable LocalDate frozenFrom, int maxExtraMinutesPerDay, int version) {
        this(campId, openSeats, giveAways, swaps, frozenFrom, maxExtraMinutesPerDay, false, true,
                DEFAULT_WAITING_OFFER_MINUTES, version);
    }

    public static SelfServiceSettings defaults(long campId) {
        return new SelfServiceSettings(campId, true, true, true, null, 60, 0);
    }

    public SelfServiceSettings withApproval(boolean on) {
        return new SelfServiceSettings(campId, openSeats, giveAways, swaps, frozenFrom, maxExtraMinutesPerDay, on,
                waitingLists, waitingOfferMinutes, version);
    }

    public SelfServiceSettings withWaitingLists(boolean on, int offerMinutes) {
        return new SelfServiceSettings(campId, openSeats, giveAways, swaps, frozenFrom, maxExtraMinutesPerDay,
                approval, on, offerMinutes, version);
    }

    /** True on and after the freeze day. */
    public boolean frozenOn(LocalDate today) {
        return frozenFrom != null && !today.isBefore(frozenFrom);
    }
}
