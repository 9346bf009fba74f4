package org.campfair.roster.solver;

import java.util.Comparator;
import java.util.List;

import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * The rounds of {@link FairBalance}: exchanges between two volunteers and top-ups of one, each
 * made only when it lowers the sum of squared deviations of the loads from their mean (so the
 * standard deviation), and only by the rules {@link FairBalance#canTake} keeps. The balance
 * pass keeps the books (who holds which seat, everyone's minutes); this class decides which
 * single changes to make.
 *
 * <p>Each round goes through the volunteers from the busiest down and offers each of their
 * seats to the least busy volunteer who could take it; if no hand-over lowers the spread, it
 * tries to trade the seat for a shorter one of a less busy volunteer. Then the top-up
 * ({@link #topUp}) gives empty seats above a shift's minimum to whoever one more shift brings
 * closer to the mean.
 */
final class Exchanges {

    private static final int TRADE_PARTNERS = 40;

    private final FairBalance balance;

    Exchanges(FairBalance balance) {
        this.balance = balance;
    }

    /** One round of exchanges and one of top-ups; the changes made. */
    int round() {
        return exchanges() + topUp();
    }

    private int exchanges() {
        List<Volunteer> busiestFirst = balance.volunteers().stream()
                .sorted(Comparator.comparingDouble(balance::load).reversed().thenComparing(Volunteer::getId))
                .toList();
        double mean = balance.mean();
        int made = 0;
        for (Volunteer busy : busiestFirst) {
            if (balance.load(busy) <= mean) {
                break;
            }
            List<Volunteer> leastBusyFirst = busiestFirst.reversed();
            for (Seat seat : List.copyOf(balance.seatsHeldBy(busy))) {
                if (FairBalance.movable(seat)
                        && (handOver(seat, busy, leastBusyFirst) || trade(seat, busy, leastBusyFirst))) {
                    made++;
                }
            }
        }
        return made;
    }

    /**
     * Offers the empty seats, least busy volunteer first, to whoever is far enough below the mean
     * that one more shift lowers the spread. Exchanges alone cannot lift everyone to the mean:
     * the least busy are mostly newcomers, who may take only light work, one shift on each of
     * their first two days and few hours a day, so the seats they can take are mostly held by
     * no one rather than by someone busier. Never a sixth working day in a row, whether or not
     * days off are planned: extra work is no reason to skip a rest.
     */
    private int topUp() {
        List<Volunteer> leastBusyFirst = balance.volunteers().stream()
                .sorted(Comparator.comparingDouble(balance::load).thenComparing(Volunteer::getId))
                .toList();
        int made = 0;
        for (Volunteer volunteer : leastBusyFirst) {
            if (balance.load(volunteer) >= balance.mean()) {
                break;
            }
            if (topUp(volunteer)) {
                made++;
            }
        }
        return made;
    }

    private boolean topUp(Volunteer volunteer) {
        for (var day : balance.emptySeatsDuring(volunteer).entrySet()) {
            if (!balance.allowsAnother(volunteer, day.getKey())) {
                continue;
            }
            for (Seat seat : day.getValue()) {
                if (addingLowersSpread(volunteer, seat.getShift().durationMinutes())
                        && balance.canTake(volunteer, seat.getShift(), null)) {
                    balance.give(seat, volunteer);
                    return true;
                }
            }
        }
        return false;
    }

    private boolean handOver(Seat seat, Volunteer busy, List<Volunteer> leastBusyFirst) {
        Shift shift = seat.getShift();
        long length = shift.durationMinutes();
        for (Volunteer other : leastBusyFirst) {
            if (balance.load(other) >= balance.load(busy)) {
                return false;
            }
            if (other != busy && lowersSpread(busy, other, length) && balance.canTake(other, shift, null)
                    && leadStays(seat, busy, other)) {
                balance.give(seat, other);
                return true;
            }
        }
        return false;
    }

    private boolean trade(Seat seat, Volunteer busy, List<Volunteer> leastBusyFirst) {
        Shift shift = seat.getShift();
        int partners = 0;
        for (Volunteer other : leastBusyFirst) {
            if (balance.load(other) >= balance.load(busy) || partners++ >= TRADE_PARTNERS) {
                return false;
            }
            if (other == busy || !Eligibility.canTake(other, shift)) {
                continue;
            }
            for (Seat theirs : balance.seatsHeldBy(other)) {
                long difference = shift.durationMinutes() - theirs.getShift().durationMinutes();
                if (difference > 0 && FairBalance.movable(theirs) && lowersSpread(busy, other, difference)
                        && balance.canTake(other, shift, theirs) && balance.canTake(busy, theirs.getShift(), seat)
                        && leadStays(seat, busy, other) && leadStays(theirs, other, busy)) {
                    balance.give(seat, other);
                    balance.give(theirs, busy);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when moving {@code moved} minutes of work from one volunteer to the other lowers the
     * sum of squared deviations of the loads from their mean. The mean itself moves when the two
     * are at camp for a different number of days, hence the last term.
     */
    private boolean lowersSpread(Volunteer from, Volunteer to, long moved) {
        double a = moved / (double) from.availableDays();
        double b = moved / (double) to.availableDays();
        double mean = balance.mean();
        double change = -2 * a * (balance.load(from) - mean) + a * a + 2 * b * (balance.load(to) - mean) + b * b
                - (b - a) * (b - a) / balance.volunteers().size();
        return change < -1e-9;
    }

    /** True when {@code added} more minutes for the volunteer lower the sum of squared deviations. */
    private boolean addingLowersSpread(Volunteer to, long added) {
        double b = added / (double) to.availableDays();
        double change = 2 * b * (balance.load(to) - balance.mean()) + b * b - b * b / balance.volunteers().size();
        return change < -1e-9;
    }

    /** A shift that needs a lead keeps one when the seat changes from one volunteer to the other, or to nobody. */
    private boolean leadStays(Seat seat, Volunteer from, @Nullable Volunteer to) {
        Shift shift = seat.getShift();
        if (!shift.needsLead() || !from.canLead(shift) || to != null && to.canLead(shift)) {
            return true;
        }
        return balance.seatsOf(shift).stream().anyMatch(other -> {
            Volunteer holder = balance.holder(other);
            return other != seat && holder != null && holder.canLead(shift);
        });
    }
}
