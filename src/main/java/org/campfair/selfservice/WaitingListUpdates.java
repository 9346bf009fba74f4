package org.campfair.selfservice;

import org.campfair.roster.RosterPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An organizer's publication may free seats of waited-for tasks (an edit or re-plan, a "not
 * today", a dropout), so after each one commits, the camp's free seats are compared with the
 * holds already made and the rest offered to the waiting lists. A participant's own take,
 * hand-over or swap frees none, so it starts nothing here: in a camp with waiting lists, offering
 * after each take of a rush took the lists' exclusive lock, which waits for every take in flight
 * and holds up the next ones. Holds that run out are offered on by {@link WaitingListSweeps}.
 * The roster knows nothing of waiting lists: it only announces that it published.
 */
@Component
class WaitingListUpdates {

    private static final Logger log = LoggerFactory.getLogger(WaitingListUpdates.class);

    private final WaitingListOffers waitingLists;

    WaitingListUpdates(WaitingListOffers waitingLists) {
        this.waitingLists = waitingLists;
    }

    @ApplicationModuleListener
    void onPublished(RosterPublished published) {
        if (published.fillsOnly()) {
            return;
        }
        // The app's own work, whoever published (WaitingListOffers runs it as the app): a
        // participant taking a seat may not read others' eligibility.
        try {
            waitingLists.offerFreedSeats(published.campId());
        } catch (RuntimeException e) {
            // The publication stands whatever happens here; the next one or the minute's sweep
            // tries again. The message names a rule or table at most, never a person.
            log.warn("Offering freed seats of camp {} to waiting lists failed: {}", published.campId(),
                    e.getMessage());
        }
    }
}
