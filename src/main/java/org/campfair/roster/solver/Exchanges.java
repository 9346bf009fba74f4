package org.campfair.roster.solver;

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        List<Workload> busiestFirst = balance.workloads().stream()
                .sorted(Comparator.comparingDouble(Workload::load).reversed()
                        .thenComparing(workload -> workload.volunteer.getId()))
                .toList();
        double mean = balance.mean();
        int made = 0;
        for (Workload busy : busiestFirst) {
            if (busy.load() <= mean) {
                break;
            }
            List<Workload> leastBusyFirst = busiestFirst.reversed();
            for (Seat seat : List.copyOf(busy.seats)) {
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
        List<Workload> leastBusyFirst = balance.workloads().stream()
                .sorted(Comparator.comparingDouble(Workload::load).thenComparing(workload -> workload.volunteer.getId()))
                .toList();
        int made = 0;
        for (Workload workload : leastBusyFirst) {
            if (workload.load() >= balance.mean()) {
                break;
            }
            if (topUp(workload)) {
                made++;
            }
        }
        return made;
    }

    /**
     * The first empty seat, day by day, that the volunteer may take and whose shift lowers the
     * spread. A day has a few hundred empty seats, many of them on the same shifts, and nothing
     * changes until one is taken, so a shift refused once is skipped after.
     */
    private boolean topUp(Workload workload) {
        Volunteer volunteer = workload.volunteer;
        Set<Shift> refused = new HashSet<>();
        for (var day : balance.emptySeatsDuring(volunteer).entrySet()) {
            if (!balance.allowsAnother(volunteer, day.getKey())) {
                continue;
            }
            for (Seat seat : day.getValue()) {
                Shift shift = seat.getShift();
                if (refused.contains(shift)) {
                    continue;
                }
                if (addingLowersSpread(workload, shift.durationMinutes()) && balance.canTake(workload, shift, null)) {
                    balance.give(seat, volunteer);
                    return true;
                }
                refused.add(shift);
            }
        }
        return false;
    }

    private boolean handOver(Seat seat, Workload busy, List<Workload> leastBusyFirst) {
        Shift shift = seat.getShift();
        long length = shift.durationMinutes();
        BitSet able = balance.ableToTake(shift);
        for (Workload other : leastBusyFirst) {
            if (other.load() >= busy.load()) {
                return false;
            }
            if (other != busy && able.get(other.index) && lowersSpread(busy, other, length)
                    && balance.fitsIn(other, shift, null)
                    && leadStays(seat, busy.volunteer, other.volunteer)) {
                balance.give(seat, other.volunteer);
                return true;
            }
        }
        return false;
    }

    private boolean trade(Seat seat, Workload busy, List<Workload> leastBusyFirst) {
        Shift shift = seat.getShift();
        BitSet able = balance.ableToTake(shift);
        int partners = 0;
        for (Workload other : leastBusyFirst) {
            if (other.load() >= busy.load() || partners++ >= TRADE_PARTNERS) {
                return false;
            }
            if (other == busy || !able.get(other.index)) {
                continue;
            }
            for (Seat theirs : other.seats) {
                long difference = shift.durationMinutes() - theirs.getShift().durationMinutes();
                if (difference > 0 && FairBalance.movable(theirs) && lowersSpread(busy, other, difference)
                        && balance.fitsIn(other, shift, theirs) && balance.canTake(busy, theirs.getShift(), seat)
                        && leadStays(seat, busy.volunteer, other.volunteer)
                        && leadStays(theirs, other.volunteer, busy.volunteer)) {
                    balance.give(seat, other.volunteer);
                    balance.give(theirs, busy.volunteer);
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
    private boolean lowersSpread(Workload from, Workload to, long moved) {
        double a = moved / (double) from.days;
        double b = moved / (double) to.days;
        double mean = balance.mean();
        double change = -2 * a * (from.load() - mean) + a * a + 2 * b * (to.load() - mean) + b * b
                - (b - a) * (b - a) / balance.volunteers().size();
        return change < -1e-9;
    }

    /** True when {@code added} more minutes for the volunteer lower the sum of squared deviations. */
    private boolean addingLowersSpread(Workload to, long added) {
        double b = added / (double) to.days;
        double change = 2 * b * (to.load() - balance.mean()) + b * b - b * b / balance.volunteers().size();
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
