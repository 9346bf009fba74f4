package org.campfair.roster.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * Deals one day's seats again, all at once, as a minimum-cost flow ({@link MinCostFlow}), for
 * {@link FairBalance}: every seat below a shift's minimum goes to someone, each volunteer takes
 * at most one more seat that day beside those they keep, and the seats go where they lower the
 * sum of squared deviations from the mean most, given everyone's hours on the other days.
 * Exchanges see two volunteers at a time; a day's flow also finds the chains (a newcomer takes
 * a longer seat, someone less busy takes theirs, ...) that no single exchange improves. On the
 * 750-person benchmark camp the start's gap fell from 6.5% to 4.9% of the mean with it.
 *
 * <p>Someone with several seats that day brings one of them (another each sweep); someone with
 * a seat that may not move keeps their day as it is, as does a lead a shift cannot do without.
 * The flow keeps the rules {@link FairBalance#canTake} keeps, and never makes a sixth working
 * day in a row. Someone already past five days in a row (the start gives a seat only they can
 * take to them regardless) may trade seats within the day; working the day at all costs them
 * what the day-off rule costs in the score ({@link #runDayCost}), so the flow lets them rest when
 * someone else can take their seat.
 */
final class DayFlow {

    /** The reward for filling a seat below a shift's minimum: more than any change in spread costs. */
    private static final long MUST_FILL = 1L << 40;
    /** Squared deviations (minutes per day, squared) to whole flow costs. */
    private static final double COST_SCALE = 100;

    private final FairBalance balance;

    DayFlow(FairBalance balance) {
        this.balance = balance;
    }

    /** Deals the day's seats again; returns the seats that changed hands. */
    int reassign(LocalDate day, int sweep) {
        // Each volunteer brings at most one of their seats that day into the flow (each sweep
        // another, for those with several); the others stay theirs, and the flow keeps each
        // volunteer's day within the rules beside them. Someone with a seat that may not move
        // stays out.
        Set<Volunteer> out = new HashSet<>();
        Map<Volunteer, Seat> freeSeatOf = new HashMap<>();
        for (Volunteer volunteer : balance.volunteers()) {
            List<Seat> own = balance.seatsOn(volunteer, day);
            if (own.stream().anyMatch(seat -> !FairBalance.movable(seat))) {
                out.add(volunteer);
            } else if (!own.isEmpty()) {
                freeSeatOf.put(volunteer, own.get(sweep % own.size()));
            }
        }
        Map<Shift, List<Seat>> free = new LinkedHashMap<>();
        for (Seat seat : balance.movableOn(day)) {
            Volunteer from = balance.holder(seat);
            if (from == null || freeSeatOf.get(from) == seat) {
                free.computeIfAbsent(seat.getShift(), shift -> new ArrayList<>()).add(seat);
            }
        }
        keepLeads(free, freeSeatOf);
        // Shifts at the same hours with the same skills and intensity are one node: the rules
        // the flow keeps cannot tell them apart, and a day of 325 shifts has about 13 kinds.
        Map<Kind, List<Seat>> kinds = new LinkedHashMap<>();
        free.values().forEach(seats -> seats.forEach(seat ->
                kinds.computeIfAbsent(Kind.of(seat.getShift()), kind -> new ArrayList<>()).add(seat)));
        // Those above the mean who do not work that day stay off: a seat would only make them
        // busier. Everyone keeps their own seat in the flow, so every seat filled before can be
        // filled again.
        double mean = balance.mean();
        long runDayCost = runDayCost();
        List<Volunteer> takers = balance.volunteers().stream().filter(v -> !out.contains(v)
                && !day.isBefore(v.getArrivesOn()) && !day.isAfter(v.getDepartsOn())
                && (balance.load(v) < mean || balance.worksOn(v, day))).toList();
        return deal(kinds, cheapest(kinds, takers, freeSeatOf, day, mean, runDayCost));
    }

    /**
     * Who takes a seat of which kind: the minimum-cost flow from the kinds' seats (required ones
     * with a reward for filling them) to the takers (one seat each).
     */
    private Map<Kind, List<Volunteer>> cheapest(Map<Kind, List<Seat>> kinds, List<Volunteer> takers,
            Map<Volunteer, Seat> freeSeatOf, LocalDate day, double mean, long runDayCost) {
        List<Kind> kindList = List.copyOf(kinds.keySet());
        var flow = new MinCostFlow(2 + kindList.size() + takers.size());
        int source = 0;
        int sink = 1;
        for (int i = 0; i < kindList.size(); i++) {
            List<Seat> seats = kinds.get(kindList.get(i));
            int required = (int) seats.stream().filter(Seat::isRequired).count();
            if (required > 0) {
                flow.addArc(source, 2 + i, required, -MUST_FILL);
            }
            if (seats.size() > required) {
                flow.addArc(source, 2 + i, seats.size() - required, 0);
            }
        }
        Map<Integer, Kind> arcKind = new HashMap<>();
        Map<Integer, Volunteer> arcTaker = new HashMap<>();
        for (int j = 0; j < takers.size(); j++) {
            Volunteer taker = takers.get(j);
            @Nullable Seat held = freeSeatOf.get(taker);
            long otherDays = balance.minutes(taker) - (held == null ? 0 : held.getShift().durationMinutes());
            double base = deviationSquared(otherDays, taker, mean);
            @Nullable Kind heldKind = held == null ? null : Kind.of(held.getShift());
            // Never a sixth working day in a row, as in the top-up.
            boolean mayWork = balance.addsNoLongRun(taker, day, held);
            // Working the day may still lengthen a run that is too long already (a seat only
            // this volunteer can take put them there): that costs what the day-off rule costs.
            long runCost = runDayCost * balance.daysPastFiveIfWorked(taker, day, held);
            flow.addArc(2 + kindList.size() + j, sink, 1, 0);
            for (int i = 0; i < kindList.size(); i++) {
                Kind kind = kindList.get(i);
                Shift shift = kinds.get(kind).getFirst().getShift();
                // A seat kept costs a little less than an equal one taken, so seats only change
                // hands for a fairer day.
                boolean keeps = kind.equals(heldKind);
                if (keeps || mayWork && balance.canTake(taker, shift, held)) {
                    long cost = Math.round(COST_SCALE
                            * (deviationSquared(otherDays + shift.durationMinutes(), taker, mean) - base))
                            + (keeps ? 0 : 1) + runCost;
                    int arc = flow.addArc(2 + i, 2 + kindList.size() + j, 1, cost);
                    arcKind.put(arc, kind);
                    arcTaker.put(arc, taker);
                }
            }
        }
        flow.solve(source, sink);
        Map<Kind, List<Volunteer>> chosen = new HashMap<>();
        arcKind.forEach((arc, kind) -> {
            if (flow.flow(arc) > 0) {
                chosen.computeIfAbsent(kind, k -> new ArrayList<>()).add(arcTaker.get(arc));
            }
        });
        return chosen;
    }

    /**
     * A day past five in a row in the flow's currency, so that the flow weighs days off as the
     * score does. Fairness costs its weight times N times the spread (in 1/100 minute a day), so
     * near the current spread sd one (minute a day)^2 more of squared deviations costs about
     * 50 * weight / sd; the flow counts it as {@link #COST_SCALE}. About 22,000 at the default
     * weights on the 750-person camp; very high when fairness weighs nothing.
     */
    private long runDayCost() {
        long fairness = balance.weight(RosterWeights.FAIR_WORKLOAD);
        long dayOff = balance.weight(RosterWeights.DAY_OFF_AFTER_FIVE_DAYS);
        if (fairness <= 0) {
            return dayOff > 0 ? 1L << 30 : 0;
        }
        return Math.round(dayOff * COST_SCALE * balance.spread() / (50.0 * fairness));
    }

    /** What the flow's rules see of a shift: its hours, skills and intensity. */
    private record Kind(LocalDateTime start, LocalDateTime end, Set<String> skills, Intensity intensity) {

        static Kind of(Shift shift) {
            return new Kind(shift.getStart(), shift.getEnd(), shift.getRequiredSkills(), shift.getIntensity());
        }
    }

    /**
     * Keeps, in each shift that needs a lead and has none among the seats that stay, one seat of
     * a volunteer who can lead it: the flow does not know about leads.
     */
    private void keepLeads(Map<Shift, List<Seat>> free, Map<Volunteer, Seat> freeSeatOf) {
        for (var entry : List.copyOf(free.entrySet())) {
            Shift shift = entry.getKey();
            List<Seat> seats = entry.getValue();
            if (!shift.needsLead() || balance.seatsOf(shift).stream().anyMatch(seat -> !seats.contains(seat)
                    && balance.holder(seat) != null && balance.holder(seat).canLead(shift))) {
                continue;
            }
            seats.stream().filter(seat -> balance.holder(seat) != null && balance.holder(seat).canLead(shift))
                    .findFirst().ifPresent(lead -> {
                        freeSeatOf.remove(balance.holder(lead));
                        seats.remove(lead);
                    });
            if (seats.isEmpty()) {
                free.remove(shift);
            }
        }
    }

    /**
     * Hands each kind's free seats to those the flow chose: as many seats as takers, required
     * ones first; a taker who held one of those seats gets it back, so seats change hands only
     * where the flow changed something. The rest are emptied.
     */
    private int deal(Map<Kind, List<Seat>> kinds, Map<Kind, List<Volunteer>> chosen) {
        // In the day's seat order: seats given up join the empty seats in this order, which the
        // top-ups then follow; a hash order would make the start differ from run to run.
        Map<Seat, @Nullable Volunteer> before = new LinkedHashMap<>();
        kinds.values().forEach(seats -> seats.forEach(seat -> before.put(seat, balance.holder(seat))));
        before.keySet().forEach(seat -> balance.give(seat, null));
        int changed = 0;
        for (var entry : kinds.entrySet()) {
            List<Volunteer> takers = new ArrayList<>(chosen.getOrDefault(entry.getKey(), List.of()));
            List<Seat> filled = entry.getValue().stream()
                    .sorted(Comparator.comparing((Seat seat) -> !seat.isRequired())).limit(takers.size()).toList();
            List<Seat> open = new ArrayList<>();
            for (Seat seat : filled) {
                if (takers.remove(before.get(seat))) {
                    balance.give(seat, before.get(seat));
                } else {
                    open.add(seat);
                }
            }
            for (int i = 0; i < open.size(); i++) {
                balance.give(open.get(i), takers.get(i));
            }
            changed += (int) entry.getValue().stream().filter(seat -> balance.holder(seat) != before.get(seat)).count();
        }
        return changed;
    }

    private static double deviationSquared(long minutesWorked, Volunteer volunteer, double mean) {
        double deviation = minutesWorked / (double) volunteer.availableDays() - mean;
        return deviation * deviation;
    }
}
