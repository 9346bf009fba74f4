package org.campfair.selfservice;

import java.util.Optional;
import org.campfair.roster.TakenSeat;

/**
 * What accepting an offer did: the seat taken at once, or, in a camp where organizers approve
 * give-aways and swaps, nothing yet: the change waits for them.
 */
public record OfferAccepted(Optional<TakenSeat> taken) {

    public static OfferAccepted waitingForApproval() {
        return new OfferAccepted(Optional.empty());
    }

    public boolean waitsForApproval() {
        return taken.isEmpty();
    }
}
