package org.campfair.selfservice;

import java.time.Instant;
import org.campfair.selfservice.internal.SeatOfferStore;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.RefusedChangeException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What give-aways, swaps and held seats check before a seat changes hands, and how they say no:
 * with the true reason (the offer was withdrawn, ran out, someone else took it, the organizers
 * moved the shift or are re-planning it), and "gone" only when the holder no longer has a seat
 * of the shift. A re-plan may give the holder another seat number of the same shift; the seat
 * offered is the one they hold now, so it is followed rather than refused.
 */
@Component
class OfferedSeatChecks {

    private final SeatOfferStore offers;
    private final WaitingListStore holds;

    OfferedSeatChecks(SeatOfferStore offers, WaitingListStore holds) {
        this.offers = offers;
        this.holds = holds;
    }

    /**
     * Why the participant cannot accept the offer: it is closed, ran out, someone else accepted
     * it first, or they did themselves.
     */
    RefusedChangeException closed(long offerId, long participantId, Instant now) {
        var standing = offers.standing(offerId).orElse(null);
        if (standing == null) {
            return new RefusedChangeException("offers.refused.gone");
        }
        boolean theirs = standing.takenBy() != null && standing.takenBy() == participantId;
        String outcome = standing.outcome() == null ? "" : standing.outcome();
        return new RefusedChangeException(switch (outcome) {
            case "WITHDRAWN" -> "offers.refused.withdrawn";
            case "EXPIRED" -> "offers.refused.expired";
            case "GIVEN", "SWAPPED" -> theirs ? "offers.refused.tookIt" : "offers.refused.takenByOther";
            case "DECLINED" -> "offers.refused.declined";
            case "WAITING_LIST" -> "offers.refused.passedOn";
            default -> standing.takenBy() != null ? (theirs ? "offers.refused.youAccepted" : "offers.refused.accepted")
                    : standing.expiresAt().isAfter(now) ? "offers.refused.gone" : "offers.refused.expired";
        });
    }

    /** Why the seat is no longer held for the participant: taken, let go, ran out, or filled by the organizers. */
    RefusedChangeException holdEnded(long holdId, long participantId, Instant now) {
        return new RefusedChangeException(holds.endOf(holdId, participantId, now).map(end -> switch (end) {
            case "TAKEN" -> "waitingList.refused.taken";
            case "DECLINED" -> "waitingList.refused.declined";
            case "EXPIRED" -> "waitingList.refused.expired";
            default -> "waitingList.refused.filled";
        }).orElse("waitingList.refused.gone"));
    }

    /**
     * The number of the holder's seat of the shift now, in the working roster and the latest
     * publication alike.
     *
     * @throws RefusedChangeException "offers.refused.gone" when they no longer have a published
     *     seat of the shift, "offers.refused.replanning" while the organizers' working roster
     *     moves them and is not published yet
     */
    int seatNow(long campId, long shiftId, long holderId) {
        var seat = offers.seatOf(campId, shiftId, holderId);
        if (seat.published() == null) {
            throw new RefusedChangeException("offers.refused.gone");
        }
        if (!seat.published().equals(seat.working())) {
            throw new RefusedChangeException("offers.refused.replanning");
        }
        return seat.published();
    }

    /**
     * @throws RefusedChangeException "selfService.refused.moved", with the task and its new day
     *     and times, when the shift is no longer when the participant saw it
     */
    static void requireAsSeen(@Nullable ShiftTime seen, String task, ShiftTime now) {
        if (seen != null && !seen.equals(now)) {
            throw new RefusedChangeException("selfService.refused.moved", task, now.day(), now.start(),
                    now.end());
        }
    }
}
