package org.campfair.roster.benchmark;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * The fairest roster the seat rules allow, solved exactly with CP-SAT: the lowest standard
 * deviation of hours per available day (everyone counted, zeros included, as
 * {@link org.campfair.roster.fairness.Fairness} measures it) over every roster that keeps the
 * hard rules on seats (skills, being at camp and available, no overlap, hours per day, 10 hours
 * of rest between working days, a lead on every staffed shift that needs one) and fills every
 * shift to between its minimum and maximum headcount. Beds are left out: no hard rule ties a
 * bed to a seat. {@link Kept} can also cap the gentle-start breaches and the days past five in a
 * row, counted as {@link org.campfair.roster.solver.RulesKept} counts them.
 *
 * <p>The objective is the variance itself, in integers, so the optimum and CP-SAT's bound are
 * exact. With g the greatest common divisor of the shift lengths and L the least common
 * multiple of the days at camp, each person's load {@code a = units of g worked * L / days} is
 * an integer. With N people and A the sum of the loads, {@code sum (N a - A)^2 = N^3 * variance}:
 * a sum of squares of linear terms. So {@code sd = sqrt(objective / N^3) * g / L}, and the same
 * of CP-SAT's best bound is a proven lower bound on the sd of every such roster whose A lies in
 * the interval asked for ({@link FairestRoster} branches on it).
 */
final class ExactFairness {

    private static final long REST_MINUTES = Duration.ofHours(10).toMinutes();
    private static final int MAX_DAYS_IN_A_ROW = 5;

    /**
     * Caps on the soft rules fairness is traded against; null leaves a rule free. The gentle
     * start is capped twice: in newcomer-days with a breach (what the BENCH line counts) and in
     * breach steps, one per shift past the first on a first day and one per intensity step
     * above the ceiling, which is what the score weighs. Capping the days alone let the
     * reference trade a light breach for a heavier one on the same day: on S seed 1 its
     * "same 4 breaches" roster had 7 steps against the solved roster's 5, and a worse score.
     */
    record Kept(@Nullable Integer gentleBreaches, @Nullable Integer gentleSteps, @Nullable Integer daysPastFive) {
        static final Kept NOTHING = new Kept(null, null, null);

        String describe() {
            if (gentleBreaches == null && gentleSteps == null && daysPastFive == null) {
                return "hard";
            }
            return "hard,gentle_breaches<=" + gentleBreaches + ",gentle_steps<=" + gentleSteps + ",days_past_five<="
                    + daysPastFive;
        }
    }

    /**
     * What one solve found: the roster's volunteers per shift (empty when none was found), its
     * objective ({@code N^3} times the variance, scaled) and the sum of its loads, CP-SAT's proven
     * lower bound on the objective and its status.
     */
    record Result(Map<Shift, List<Volunteer>> assignment, long objective, long loadSum, double bound,
            CpSolverStatus status) {

        boolean found() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }
    }

    private final Roster roster;
    private final Kept kept;
    private final long loadSumFrom;
    private final long loadSumTo;
    private final CpModel model = new CpModel();
    private final Map<Volunteer, Map<Shift, BoolVar>> takes = new HashMap<>();
    private final List<Volunteer> volunteers;
    private final long unitMinutes;
    private final long commonDays;
    private IntVar loadSum;
    private IntVar[] squares = new IntVar[0];

    private ExactFairness(Roster roster, Kept kept, long loadSumFrom, long loadSumTo) {
        this.roster = roster;
        this.kept = kept;
        this.loadSumFrom = loadSumFrom;
        this.loadSumTo = loadSumTo;
        this.volunteers = roster.getVolunteers();
        this.unitMinutes = roster.getShifts().stream().mapToLong(Shift::durationMinutes).reduce(0, ExactFairness::gcd);
        this.commonDays = volunteers.stream().mapToLong(Volunteer::availableDays).reduce(1, ExactFairness::lcm);
    }

    /**
     * The fairest roster of {@code roster}'s volunteers and shifts whose loads sum to between
     * {@code loadSumFrom} and {@code loadSumTo} (N times the mean load), starting from {@code hint}.
     */
    static Result solve(Roster roster, Kept kept, long loadSumFrom, long loadSumTo, Map<Shift, List<Volunteer>> hint,
            Duration limit, int workers) {
        var exact = new ExactFairness(roster, kept, loadSumFrom, loadSumTo);
        exact.build();
        exact.hint(hint);
        var solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.1, limit.toMillis() / 1000.0)).setNumWorkers(workers)
                .setRandomSeed(1);
        CpSolverStatus status = solver.solve(exact.model);
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT finds the exact model invalid: " + exact.model.validate());
        }
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        return new Result(found ? exact.assignment(solver) : Map.of(), found ? (long) solver.objectiveValue() : -1,
                found ? solver.value(exact.loadSum) : -1,
                status == CpSolverStatus.INFEASIBLE ? Double.POSITIVE_INFINITY : solver.bestObjectiveBound(), status);
    }

    /** The most the loads can sum to: everyone on every shift they could take. */
    static long mostLoadSum(Roster roster) {
        var exact = new ExactFairness(roster, Kept.NOTHING, 0, Long.MAX_VALUE);
        long sum = 0;
        for (Volunteer volunteer : exact.volunteers) {
            for (Shift shift : roster.getShifts()) {
                sum += canTake(volunteer, shift) ? exact.loadPerShift(volunteer, shift) : 0;
            }
        }
        return sum;
    }

    /** The objective of {@code staff}, to compare solutions and bounds in one currency. */
    static long objective(Roster roster, Map<Shift, List<Volunteer>> staff) {
        var exact = new ExactFairness(roster, Kept.NOTHING, 0, Long.MAX_VALUE);
        Map<Volunteer, Long> loads = new HashMap<>();
        staff.forEach((shift, people) -> people.forEach(v -> loads.merge(v, exact.loadPerShift(v, shift), Long::sum)));
        long n = exact.volunteers.size();
        long sum = loads.values().stream().mapToLong(Long::longValue).sum();
        long objective = 0;
        for (Volunteer volunteer : exact.volunteers) {
            long deviation = n * loads.getOrDefault(volunteer, 0L) - sum;
            objective += deviation * deviation;
        }
        return objective;
    }

    /** The sd in hours per day for an objective value (or bound) of {@code N^3} times the scaled variance. */
    static double sd(Roster roster, double objective) {
        var exact = new ExactFairness(roster, Kept.NOTHING, 0, Long.MAX_VALUE);
        double n = exact.volunteers.size();
        return Math.sqrt(Math.max(0, objective) / (n * n * n)) * exact.unitMinutes / 60.0 / exact.commonDays;
    }

    /** Skills and availability, which no other seat changes. */
    private static boolean canTake(Volunteer volunteer, Shift shift) {
        return volunteer.hasSkills(shift.getRequiredSkills()) && volunteer.isAvailable(shift.getStart(), shift.getEnd());
    }

    private long loadPerShift(Volunteer volunteer, Shift shift) {
        return shift.durationMinutes() / unitMinutes * (commonDays / volunteer.availableDays());
    }

    private void build() {
        for (Volunteer volunteer : volunteers) {
            Map<Shift, BoolVar> own = new HashMap<>();
            for (Shift shift : roster.getShifts()) {
                if (canTake(volunteer, shift)) {
                    own.put(shift, model.newBoolVar("x"));
                }
            }
            takes.put(volunteer, own);
            oneShiftAtATime(own);
            hoursPerDay(volunteer, own);
            restBetweenDays(own);
        }
        for (Shift shift : roster.getShifts()) {
            headcountAndLead(shift);
        }
        if (kept.gentleBreaches() != null || kept.gentleSteps() != null) {
            gentleStart(kept.gentleBreaches(), kept.gentleSteps());
        }
        if (kept.daysPastFive() != null) {
            daysPastFive(kept.daysPastFive());
        }
        variance();
    }

    /** Shifts are intervals: any set that overlaps pairwise shares a start time, so one clique per start. */
    private void oneShiftAtATime(Map<Shift, BoolVar> own) {
        for (Shift at : own.keySet()) {
            List<Literal> running = new ArrayList<>();
            own.forEach((shift, x) -> {
                if (!shift.getStart().isAfter(at.getStart()) && shift.getEnd().isAfter(at.getStart())) {
                    running.add(x);
                }
            });
            if (running.size() > 1) {
                model.addAtMostOne(running);
            }
        }
    }

    private void hoursPerDay(Volunteer volunteer, Map<Shift, BoolVar> own) {
        Map<LocalDate, LinearExprBuilder> days = new HashMap<>();
        own.forEach((shift, x) -> days.computeIfAbsent(shift.getDay(), d -> LinearExpr.newBuilder())
                .addTerm(x, shift.durationMinutes()));
        days.values().forEach(minutes -> model.addLessOrEqual(minutes, volunteer.getMaxHoursPerDay() * 60L));
    }

    /** As the rule reads it: a shift against the next day's, end to start. */
    private void restBetweenDays(Map<Shift, BoolVar> own) {
        own.forEach((earlier, x) -> own.forEach((later, y) -> {
            if (later.getDay().equals(earlier.getDay().plusDays(1)) && earlier.minutesUntil(later) < REST_MINUTES) {
                model.addLessOrEqual(LinearExpr.sum(new Literal[] {x, y}), 1);
            }
        }));
    }

    /**
     * Between the minimum and maximum headcount (an unfilled required seat counts as breaking a
     * rule here); a shift that needs a lead and has anyone on it has a returning participant with
     * the skills.
     */
    private void headcountAndLead(Shift shift) {
        List<BoolVar> all = new ArrayList<>();
        List<BoolVar> leads = new ArrayList<>();
        List<BoolVar> others = new ArrayList<>();
        for (Volunteer volunteer : volunteers) {
            BoolVar x = takes.get(volunteer).get(shift);
            if (x != null) {
                all.add(x);
                (volunteer.canLead(shift) ? leads : others).add(x);
            }
        }
        model.addLinearConstraint(LinearExpr.sum(all.toArray(BoolVar[]::new)), shift.getMinHeadcount(),
                shift.getMaxHeadcount());
        if (!shift.needsLead()) {
            return;
        }
        LinearExpr leadCount = LinearExpr.sum(leads.toArray(BoolVar[]::new));
        if (shift.getMinHeadcount() > 0) {
            model.addGreaterOrEqual(leadCount, 1);
        } else {
            others.forEach(x -> model.addGreaterOrEqual(leadCount, x));
        }
    }

    /**
     * At most {@code cap} newcomer-days with a breach: a second shift on one of their first two
     * days, or work above the day's intensity ceiling. The ceiling mirrors the solver's
     * (package-private) one: their comfort, and moderate at most on their first two days; the
     * benchmark recounts the found roster with {@code RulesKept}, which would show a mismatch.
     */
    private void gentleStart(@Nullable Integer capDays, @Nullable Integer capSteps) {
        List<BoolVar> breaches = new ArrayList<>();
        var steps = LinearExpr.newBuilder();
        for (Volunteer volunteer : volunteers) {
            if (volunteer.isReturning()) {
                continue;
            }
            Map<LocalDate, List<Map.Entry<Shift, BoolVar>>> days = new HashMap<>();
            takes.get(volunteer).entrySet()
                    .forEach(e -> days.computeIfAbsent(e.getKey().getDay(), d -> new ArrayList<>()).add(e));
            days.forEach((day, shifts) -> {
                BoolVar breach = model.newBoolVar("gentle");
                breaches.add(breach);
                Intensity ceiling = ceiling(volunteer, day);
                var count = LinearExpr.newBuilder();
                for (var entry : shifts) {
                    if (!entry.getKey().getIntensity().isWithin(ceiling)) {
                        model.addGreaterOrEqual(breach, entry.getValue());
                        steps.addTerm(entry.getValue(), stepsTooIntense(entry.getKey(), ceiling));
                    }
                    count.add(entry.getValue());
                }
                if (volunteer.isInFirstTwoDays(day) && shifts.size() > 1) {
                    // A second shift on the day is a breach: shifts - 1 <= (n - 1) * breach.
                    model.addLessOrEqual(count.add(-1), LinearExpr.term(breach, shifts.size() - 1));
                    // Each shift past the first is a step: extra >= shifts - 1, and the cap keeps extra low.
                    IntVar extra = model.newIntVar(0, shifts.size() - 1, "extra");
                    var past = LinearExpr.newBuilder();
                    shifts.forEach(entry -> past.add(entry.getValue()));
                    model.addGreaterOrEqual(extra, past.add(-1));
                    steps.add(extra);
                }
            });
        }
        if (capDays != null) {
            model.addLessOrEqual(LinearExpr.sum(breaches.toArray(BoolVar[]::new)), capDays);
        }
        if (capSteps != null) {
            model.addLessOrEqual(steps, capSteps);
        }
    }

    /** Intensity steps of {@code shift} above {@code ceiling}, as the gentle-start rule counts them. */
    private static int stepsTooIntense(Shift shift, Intensity ceiling) {
        return Math.max(0, shift.getIntensity().ordinal() - ceiling.ordinal());
    }

    /**
     * The gentle-start rule's penalty in steps over a whole roster, by this model's ceiling:
     * per newcomer and day, one per shift past the first on their first two days and one per
     * intensity step above the ceiling. The product weighs the rule by the same count.
     */
    static int gentleSteps(Roster roster) {
        Map<Volunteer, Map<LocalDate, List<Shift>>> held = new HashMap<>();
        for (var seat : roster.getSeats()) {
            Volunteer volunteer = seat.getVolunteer();
            if (volunteer != null && !volunteer.isReturning()) {
                held.computeIfAbsent(volunteer, v -> new HashMap<>())
                        .computeIfAbsent(seat.getShift().getDay(), d -> new ArrayList<>()).add(seat.getShift());
            }
        }
        int steps = 0;
        for (var perVolunteer : held.entrySet()) {
            for (var perDay : perVolunteer.getValue().entrySet()) {
                Volunteer volunteer = perVolunteer.getKey();
                Intensity ceiling = ceiling(volunteer, perDay.getKey());
                for (Shift shift : perDay.getValue()) {
                    steps += stepsTooIntense(shift, ceiling);
                }
                if (volunteer.isInFirstTwoDays(perDay.getKey())) {
                    steps += Math.max(0, perDay.getValue().size() - 1);
                }
            }
        }
        return steps;
    }

    private static Intensity ceiling(Volunteer volunteer, LocalDate day) {
        if (volunteer.isReturning()) {
            return Intensity.HEAVY;
        }
        Intensity comfort = volunteer.getIntensityComfort();
        return volunteer.isInFirstTwoDays(day) && comfort == Intensity.HEAVY ? Intensity.MODERATE : comfort;
    }

    /**
     * At most {@code cap} working days past the fifth in a row, summed: a day counts when it and
     * the five before it are all working days, so a seven-day run counts 2.
     */
    private void daysPastFive(int cap) {
        TreeSet<LocalDate> campDays = new TreeSet<>();
        roster.getShifts().forEach(shift -> campDays.add(shift.getDay()));
        List<BoolVar> past = new ArrayList<>();
        for (Volunteer volunteer : volunteers) {
            Map<LocalDate, BoolVar> working = new HashMap<>();
            takes.get(volunteer).forEach((shift, x) -> model.addGreaterOrEqual(
                    working.computeIfAbsent(shift.getDay(), d -> model.newBoolVar("works")), x));
            for (LocalDate day : working.keySet()) {
                List<BoolVar> run = new ArrayList<>();
                for (int back = 0; back <= MAX_DAYS_IN_A_ROW; back++) {
                    BoolVar works = working.get(day.minusDays(back));
                    if (works != null) {
                        run.add(works);
                    }
                }
                if (run.size() > MAX_DAYS_IN_A_ROW) {
                    BoolVar isPast = model.newBoolVar("past");
                    past.add(isPast);
                    model.addLessOrEqual(LinearExpr.sum(run.toArray(BoolVar[]::new)),
                            LinearExpr.affine(isPast, 1, MAX_DAYS_IN_A_ROW));
                }
            }
        }
        if (!past.isEmpty()) {
            model.addLessOrEqual(LinearExpr.sum(past.toArray(BoolVar[]::new)), cap);
        }
    }

    /**
     * {@code sum (N a - A)^2}, which is {@code N^3} times the variance of the loads a, with A
     * kept to the interval asked for. CP-SAT's own cuts on a square see only the deviation,
     * which its linear relaxation can set to 0 for everyone with fractional seats; so each
     * square also gets the secants, at whole units worked, of its distance to the interval:
     * with the mean inside the interval, nobody's deviation is less, and the secants are exact
     * at every whole number of units.
     */
    private void variance() {
        int n = volunteers.size();
        LinearExpr[] loads = new LinearExpr[n];
        IntVar[] units = new IntVar[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            Volunteer volunteer = volunteers.get(i);
            var load = LinearExpr.newBuilder();
            var worked = LinearExpr.newBuilder();
            long most = 0;
            long mostUnits = 0;
            for (var entry : takes.get(volunteer).entrySet()) {
                load.addTerm(entry.getValue(), loadPerShift(volunteer, entry.getKey()));
                worked.addTerm(entry.getValue(), entry.getKey().durationMinutes() / unitMinutes);
                most += loadPerShift(volunteer, entry.getKey());
                mostUnits += entry.getKey().durationMinutes() / unitMinutes;
            }
            loads[i] = load.build();
            units[i] = model.newIntVar(0, mostUnits, "u");
            model.addEquality(units[i], worked);
            total += most;
        }
        loadSum = model.newIntVar(Math.max(0, loadSumFrom), Math.min(total, loadSumTo), "A");
        model.addEquality(loadSum, LinearExpr.sum(loads));
        squares = new IntVar[n];
        for (int i = 0; i < n; i++) {
            IntVar deviation = model.newIntVar(-total, n * total, "d");
            model.addEquality(deviation, LinearExpr.newBuilder().addTerm(loads[i], n).addTerm(loadSum, -1));
            squares[i] = model.newIntVar(0, (long) n * n * total * total, "sq");
            model.addMultiplicationEquality(squares[i], deviation, deviation);
            distanceSecants(squares[i], units[i], n * (commonDays / volunteers.get(i).availableDays()),
                    Math.max(0, loadSumFrom), Math.min(total, loadSumTo), (int) units[i].getDomain().max());
        }
        model.minimize(LinearExpr.sum(squares));
    }

    /** square >= the secants of f(k) = distance(step * k, [from, to])^2 between whole k. */
    private void distanceSecants(IntVar square, IntVar units, long step, long from, long to, int mostUnits) {
        for (int k = 0; k < mostUnits; k++) {
            long here = distanceSquared(step * k, from, to);
            long next = distanceSquared(step * (k + 1), from, to);
            if (here == 0 && next == 0) {
                continue;
            }
            long slope = next - here;
            // square - slope * units >= here - slope * k
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(square).addTerm(units, -slope), here - slope * k);
        }
    }

    private static long distanceSquared(long value, long from, long to) {
        long distance = value < from ? from - value : value > to ? value - to : 0;
        return distance * distance;
    }

    /** A roster to try first. */
    private void hint(Map<Shift, List<Volunteer>> staff) {
        takes.forEach((volunteer, own) -> own.forEach((shift, x) ->
                model.addHint(x, staff.getOrDefault(shift, List.of()).contains(volunteer))));
    }

    private Map<Shift, List<Volunteer>> assignment(CpSolver solver) {
        Map<Shift, List<Volunteer>> staff = new HashMap<>();
        takes.forEach((volunteer, own) -> own.forEach((shift, x) -> {
            if (solver.booleanValue(x)) {
                staff.computeIfAbsent(shift, s -> new ArrayList<>()).add(volunteer);
            }
        }));
        return staff;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }
}
