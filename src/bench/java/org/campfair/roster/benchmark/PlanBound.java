package org.campfair.roster.benchmark;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.campfair.roster.fairness.FairnessLowerBound;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * A proven lower bound on the sd of hours per available day, and on {@code fairness_gap_pct},
 * of every roster that breaks no hard rule, leaves no required seat empty and has no day past
 * five (and, when asked, at most so many gentle-start breaches), that sees whole seats and whole
 * days per person, which {@link DayBound} shares fractionally.
 *
 * <p>Each person works one whole plan of their stay ({@link PlanPricing}); what ties people
 * together is each kind's seats (at most the sum of its shifts' maximum headcounts, at least of
 * their minimum headcounts), the mean, and the gentle-start breaches allowed. For the mean kept to an interval [c1, c2] with middle m,
 * every roster's {@code sum (x - mean)^2} is at least {@code sum (x - m)^2 - N ((c2 - c1) / 2)^2},
 * and the least {@code sum (x - m)^2} over plans is bounded by Lagrangian relaxation of those
 * ties: for prices from the linear program over the plans generated so far (column
 * generation), each person's cheapest plan at those prices gives a valid bound, whether or not
 * the generation has converged. The intervals are refined where the bound on the gap is least,
 * until the time is up; the bound is the least over all intervals.
 *
 * <p>The gap divides by the interval's largest mean and subtracts the largest rule-ignoring
 * bound ({@link FairnessLowerBound}) of any number of hours a roster with such a mean can hand
 * out, so it is the least {@code fairness_gap_pct} any such roster can read.
 */
final class PlanBound {

    /** A violated tie costs this much per seat or unit in the linear program, so it always has a solution. */
    private static final double SLACK_COST = 1e4;
    private static final double FIRST_WIDTH = 0.25;
    private static final double LEAST_WIDTH = 0.002;
    private static final int MAX_ROUNDS = 300;
    /** Totals of units over which the rule-ignoring bound is taken exactly; see {@link #mostRuleIgnoring}. */
    private static final int EXACT_TOTALS = 2_000;
    /** An interval whose gap is bounded above this (sd above the mean) is not refined further. */
    private static final double SETTLED_GAP = 100;

    /**
     * The least sd and gap of any roster keeping the rules, with the mean interval where the gap's
     * bound is least, how many intervals were solved, the classes of people and the columns made.
     */
    record Result(double sd, double gapPct, double from, double to, int intervals, int classes, int columns,
            int abnormal) {
    }

    private record Interval(double from, double to, double spreadBound, double gapBound) {
    }

    private final PlanPricing.Camp camp;
    private final List<PlanPricing.Profile> profiles;
    private final List<Set<PlanPricing.Plan>> pool = new ArrayList<>();
    private final int[] availableDays;
    private final Map<Long, Double> ruleIgnoring = new HashMap<>();
    private final int fewestDays;
    private final int mostDays;
    private int abnormal;

    /** Breaches of the gentle start allowed; null when it is not kept. */
    private final @Nullable Integer breaches;

    private PlanBound(PlanPricing.Camp camp, int[] availableDays, @Nullable Integer breaches) {
        this.camp = camp;
        this.breaches = breaches;
        this.profiles = new ArrayList<>(camp.classes().keySet());
        this.availableDays = availableDays;
        this.fewestDays = Arrays.stream(availableDays).min().orElse(1);
        this.mostDays = Arrays.stream(availableDays).max().orElse(1);
        for (int c = 0; c < profiles.size(); c++) {
            pool.add(new LinkedHashSet<>(List.of(new PlanPricing.Plan(0, Map.of(), 0))));
        }
    }

    /**
     * The bound for rosters with no day past five and at most {@code gentleBreaches} newcomer-days
     * breaking the gentle start (null: any number; 0: kept strictly).
     */
    static Result of(Roster roster, @Nullable Integer gentleBreaches, Duration limit) {
        if (roster.getSeats().stream().anyMatch(seat -> seat.getConfirmedMinutes() != null)) {
            // Fairness counts a checked-in seat's confirmed minutes; the plans count shift lengths.
            throw new IllegalArgumentException("The whole-plan bound covers planned rosters only, with no seat checked in");
        }
        int[] days = roster.getVolunteers().stream().mapToInt(Volunteer::availableDays).toArray();
        return new PlanBound(PlanPricing.camp(roster, gentleBreaches != null), days, gentleBreaches)
                .search(System.nanoTime() + limit.toNanos(), limit);
    }

    private Result search(long deadline, Duration limit) {
        // Every roster's mean lies between the required seats' hours and all seats' hours, shared out
        // over the longest and the shortest stays, and below the most anyone may work a day.
        double lowest = seatHours(Shift::getMinHeadcount) / ((double) camp.people() * mostDays) - 1e-9;
        double highest = 1e-9 + Math.min(seatHours(Shift::getMaxHeadcount) / ((double) camp.people() * fewestDays),
                profiles.stream().mapToDouble(p -> (double) p.maxUnitsPerDay() * camp.unitHours()).max().orElse(0));
        var open = new PriorityQueue<Interval>((a, b) -> Double.compare(a.gapBound(), b.gapBound()));
        List<Interval> closed = new ArrayList<>();
        for (double from = lowest; from < highest; from += FIRST_WIDTH) {
            open.add(new Interval(from, Math.min(highest, from + FIRST_WIDTH), 0, Double.NEGATIVE_INFINITY));
        }
        long slice = Math.max(Duration.ofMillis(200).toNanos(), limit.toNanos() / 100);
        int solved = 0;
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            Interval interval = open.poll();
            double half = (interval.to() - interval.from()) / 2;
            double lagrangian = lagrangianBound(interval.from(), interval.to(),
                    Math.min(deadline, System.nanoTime() + slice));
            // sum (x - mean)^2 >= sum (x - m)^2 - N (half width)^2; a parent's bound holds for its halves too
            double spread = Math.max(interval.spreadBound(), lagrangian - camp.people() * half * half);
            solved++;
            Interval bounded = bounded(interval.from(), interval.to(), spread);
            if (bounded.to() - bounded.from() < 2 * LEAST_WIDTH || bounded.gapBound() >= SETTLED_GAP) {
                closed.add(bounded);
                continue;
            }
            double middle = (bounded.from() + bounded.to()) / 2;
            open.add(new Interval(bounded.from(), middle, spread, bounded.gapBound()));
            open.add(new Interval(middle, bounded.to(), spread, bounded.gapBound()));
        }
        closed.addAll(open);
        if (closed.isEmpty()) { // the required seats need more hours than there are seats: no roster at all
            return new Result(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, lowest, highest, 0, profiles.size(),
                    0, 0);
        }
        Interval least = closed.stream().min((a, b) -> Double.compare(a.gapBound(), b.gapBound())).orElseThrow();
        double sd = closed.stream().mapToDouble(this::sdBound).min().orElseThrow();
        int columns = pool.stream().mapToInt(Set::size).sum();
        return new Result(sd, least.gapBound(), least.from(), least.to(), solved, profiles.size(), columns, abnormal);
    }

    private double seatHours(java.util.function.ToIntFunction<Shift> headcount) {
        return camp.shifts().stream().flatMap(List::stream)
                .mapToDouble(shift -> headcount.applyAsInt(shift) * shift.durationMinutes() / 60.0).sum();
    }

    /** The interval with the gap bound its spread bound gives (infinite where no mean is above 0). */
    private Interval bounded(double from, double to, double spread) {
        var interval = new Interval(from, to, spread, Double.NEGATIVE_INFINITY);
        double gap = to <= 0 ? Double.POSITIVE_INFINITY : 100 * (sdBound(interval) - mostRuleIgnoring(from, to)) / to;
        return new Interval(from, to, spread, gap);
    }

    /** The least sd of a roster whose mean lies in the interval: from its bound on sum (x - mean)^2. */
    private double sdBound(Interval interval) {
        return Math.sqrt(Math.max(0, interval.spreadBound()) / camp.people());
    }

    /**
     * At least the largest rule-ignoring bound of any number of units a roster with its mean in
     * [from, to] hands out: a mean c needs between N c dMin and N c dMax hours. Exact (the bound
     * itself, cached) over up to {@link #EXACT_TOTALS} totals; over more, when stays differ in
     * length, the sd of handing out each unit in turn to whoever it leaves lowest, which is at
     * least the bound (the least sd of any sharing) and takes one pass: on L an interval spans
     * tens of thousands of totals, and the exact bound takes milliseconds for each.
     */
    private double mostRuleIgnoring(double from, double to) {
        int people = camp.people();
        long first = Math.max(0, (long) Math.floor(people * from * fewestDays / camp.unitHours()));
        long last = (long) Math.ceil(people * to * mostDays / camp.unitHours());
        if (last - first > EXACT_TOTALS) {
            return mostWaterFilled(first, last);
        }
        double most = 0;
        for (long units = first; units <= last; units++) {
            most = Math.max(most, ruleIgnoring.computeIfAbsent(units,
                    u -> FairnessLowerBound.sd(availableDays, u, camp.unitHours())));
        }
        return most;
    }

    /** The largest sd, over totals first..last, of units handed out one by one to whoever they leave lowest. */
    private double mostWaterFilled(long first, long last) {
        int people = availableDays.length;
        double[] load = new double[people];
        var next = new PriorityQueue<Integer>((a, b) -> Double.compare(load[a] + camp.unitHours() / availableDays[a],
                load[b] + camp.unitHours() / availableDays[b]));
        for (int p = 0; p < people; p++) {
            next.add(p);
        }
        double sum = 0;
        double squares = 0;
        double most = 0;
        for (long units = 1; units <= last; units++) {
            int p = next.poll();
            double before = load[p];
            load[p] += camp.unitHours() / availableDays[p];
            sum += load[p] - before;
            squares += load[p] * load[p] - before * before;
            next.add(p);
            if (units >= first) {
                double mean = sum / people;
                most = Math.max(most, Math.sqrt(Math.max(0, squares / people - mean * mean)));
            }
        }
        return most;
    }

    /**
     * The best Lagrangian bound on {@code sum (x - m)^2} over rosters with their mean in [from, to]
     * that column generation reaches by {@code until}.
     */
    private double lagrangianBound(double from, double to, long until) {
        var master = new Master(from, to);
        double best = Double.NEGATIVE_INFINITY;
        for (int round = 0; round < MAX_ROUNDS && System.nanoTime() < until; round++) {
            double value = master.solve();
            if (Double.isNaN(value)) {
                abnormal++;
                return best;
            }
            var prices = master.prices();
            double bound = prices.constant();
            boolean improving = false;
            for (int c = 0; c < profiles.size(); c++) {
                var profile = profiles.get(c);
                double[] objective = objective(profile, (from + to) / 2, prices.mean());
                var plan = PlanPricing.cheapest(profile, prices.seat(), prices.breach(), master.budget != null,
                        objective);
                double reduced = objective[plan.units()] + prices.priceOf(plan) + prices.breach() * plan.breaches();
                int size = camp.classes().get(profile);
                bound += size * reduced;
                if (reduced - master.convexityDual(c) < -1e-7 * Math.max(1, Math.abs(value)) && pool.get(c).add(plan)) {
                    master.add(c, plan);
                    improving = true;
                }
            }
            if (bound > value + 1e-5 * Math.max(camp.people(), Math.abs(value))) { // above GLOP's tolerances
                throw new IllegalStateException("The Lagrangian bound " + bound + " exceeds the restricted"
                        + " linear program's optimum " + value + ": the dual prices are read wrongly");
            }
            best = Math.max(best, bound);
            if (!improving) {
                return best;
            }
        }
        return best;
    }

    /** (x - m)^2 - meanPrice x for every number of units the person may work, x = units per available day. */
    private double[] objective(PlanPricing.Profile profile, double middle, double meanPrice) {
        double[] objective = new double[profile.items().size() * profile.maxUnitsPerDay() + 1];
        for (int u = 0; u < objective.length; u++) {
            double x = u * camp.unitHours() / profile.availableDays();
            objective[u] = (x - middle) * (x - middle) - meanPrice * x;
        }
        return objective;
    }

    /** Dual prices: per kind on a seat, on a gentle-start breach, on the mean row, and the Lagrangian's constant. */
    private record Prices(double[] seat, double breach, double mean, double constant) {

        double priceOf(PlanPricing.Plan plan) {
            double price = 0;
            for (var held : plan.seats().entrySet()) {
                price += held.getValue() * seat[held.getKey()];
            }
            return price;
        }
    }

    /** The linear program over the plans generated so far, for one interval of means. */
    private final class Master {

        private final MPSolver solver = MPSolver.createSolver("GLOP");
        private final MPObjective objective;
        private final double middle;
        private final MPConstraint[] seats;
        private final MPConstraint mean;
        private final MPConstraint[] convexity;
        /** At most the breaches allowed, when some are (none: the plans keep the gentle start or ignore it). */
        private final @Nullable MPConstraint budget;

        Master(double from, double to) {
            if (solver == null) {
                throw new IllegalStateException("OR-Tools has no GLOP linear solver in this build");
            }
            objective = solver.objective();
            middle = (from + to) / 2;
            int kinds = camp.kinds().size();
            seats = new MPConstraint[kinds];
            for (int k = 0; k < kinds; k++) {
                List<Shift> shifts = camp.shifts().get(k);
                // a kind of no length is in no plan (PlanPricing): its minimum is left out, not charged
                int least = camp.kinds().get(k).minutes() > 0 ? shifts.stream().mapToInt(Shift::getMinHeadcount).sum() : 0;
                seats[k] = ranged(least, shifts.stream().mapToInt(Shift::getMaxHeadcount).sum());
            }
            mean = ranged(camp.people() * from, camp.people() * to);
            budget = breaches == null || breaches == 0 ? null : solver.makeConstraint(0, breaches);
            convexity = new MPConstraint[profiles.size()];
            for (int c = 0; c < profiles.size(); c++) {
                int size = camp.classes().get(profiles.get(c));
                convexity[c] = solver.makeConstraint(size, size);
                for (var plan : pool.get(c)) {
                    add(c, plan);
                }
            }
            objective.setMinimization();
        }

        /** A row between {@code least} and {@code most}, with slacks at {@link #SLACK_COST} either way. */
        private MPConstraint ranged(double least, double most) {
            MPConstraint row = solver.makeConstraint(least, most);
            MPVariable over = solver.makeNumVar(0, MPSolver.infinity(), "over");
            MPVariable under = solver.makeNumVar(0, MPSolver.infinity(), "under");
            row.setCoefficient(over, -1);
            row.setCoefficient(under, 1);
            objective.setCoefficient(over, SLACK_COST);
            objective.setCoefficient(under, SLACK_COST);
            return row;
        }

        void add(int c, PlanPricing.Plan plan) {
            MPVariable column = solver.makeNumVar(0, MPSolver.infinity(), "plan");
            double x = plan.units() * camp.unitHours() / profiles.get(c).availableDays();
            objective.setCoefficient(column, (x - middle) * (x - middle));
            convexity[c].setCoefficient(column, 1);
            mean.setCoefficient(column, x);
            if (budget != null) {
                budget.setCoefficient(column, plan.breaches());
            }
            plan.seats().forEach((kind, held) -> seats[kind].setCoefficient(column, held));
        }

        /**
         * The restricted program's optimum, or NaN when GLOP cannot solve it even from scratch
         * (seen as ABNORMAL on M after columns were added): the interval then keeps the bounds it had.
         */
        double solve() {
            var status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                solver.reset();
                status = solver.solve();
            }
            return status == MPSolver.ResultStatus.OPTIMAL ? objective.value() : Double.NaN;
        }

        double convexityDual(int c) {
            return convexity[c].dualValue();
        }

        /**
         * The prices of the ties, as the pricing reads them (a seat's reduced cost is minus its
         * rows' duals), and the Lagrangian's constant: each dual times the side of its row it
         * holds at (a positive dual the least, a negative one the most).
         */
        Prices prices() {
            int kinds = seats.length;
            double[] seat = new double[kinds];
            double constant = 0;
            for (int k = 0; k < kinds; k++) {
                seat[k] = -seats[k].dualValue();
                constant += side(seats[k]);
            }
            double breach = budget == null ? 0 : -budget.dualValue();
            constant += budget == null ? 0 : side(budget);
            return new Prices(seat, breach, mean.dualValue(), constant + side(mean));
        }

        private static double side(MPConstraint row) {
            double dual = row.dualValue();
            return dual > 0 ? dual * row.lb() : dual * row.ub();
        }
    }
}
