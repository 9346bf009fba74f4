package org.campfair.roster.benchmark;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * A proven lower bound on the sd of hours per available day (as
 * {@link org.campfair.roster.fairness.Fairness} measures it) of every roster that breaks no hard
 * rule, leaves no required seat empty and has no working day past the fifth in a row: a linear
 * relaxation over working days that, unlike the rule-ignoring bound, sees each day's seats.
 *
 * <p>Per person, day and kind of seat (the shifts of a day needing the same skills, of one
 * intensity): whether they
 * work that day (0..1), how many seats of the kind they hold and their hours. Kept: a seat only
 * of a shift they have the skills for and are available at, at most one seat per shift, each
 * seat's hours between the kind's shortest and longest shift, the hours per day, working on a
 * day means holding a seat, at most five working days in any six in a row, and per day and
 * kind at most the maximum headcounts' seats and seat-hours and at least the minimum
 * headcounts'. Every real roster of that kind is a point of it (its 0/1 days and whole seats),
 * so its least variance is at most every such roster's. Left out: exact times, overlaps, 10 h
 * rest, leads, the gentle start, and the whole numbers (a seat can be shared), which is what
 * makes it a linear program fast enough for L. {@link Rules} can also fix the hours handed out (as
 * {@code fairness_sd_lb} does) and keep the gentle start.
 *
 * <p>The mean is not fixed (optional seats make the total vary), so the objective is
 * {@code sum (x_p - c)^2} with c free: for every c it is at least {@code sum (x_p - mean)^2},
 * and equal at c = mean, so minimising over c too gives the least variance exactly. The square
 * is replaced by tangent lines, which lie below it, added where the last solution cut under the
 * square (Kelley's cutting planes): every LP optimum along the way is below the convex
 * optimum, so each is a valid bound, and the loop stops when the LP and the square at its
 * solution agree.
 *
 * <p>People whose data are the same (days, hours per day and, per day and kind, the seats they
 * could take) are one class with a multiplicity: the problem is convex and symmetric in them, so
 * averaging any solution over a class keeps it feasible and no worse.
 */
final class DayBound {

    private static final int MAX_DAYS_IN_A_ROW = 5;
    private static final int MAX_ROUNDS = 200;
    private static final double TOLERANCE = 1e-7;
    /** Stop when the bound is this close (hours per day) to the relaxation's own sd: 0.02 % of L's mean. */
    private static final double SD_TOLERANCE = 5e-4;
    /** Tangents every class starts with, in hours per day from the centre, so the first rounds are not blind. */
    private static final double[] FIRST_TANGENTS = {-3, -1, -0.3, -0.1, -0.03, -0.01, 0.01, 0.03, 0.1, 0.3, 1, 3};

    /**
     * The bound's sd, and the sd of the relaxation's last solution (what the bound converges to;
     * the loop may stop early at its time limit, when the bound is still valid but looser).
     */
    record Result(double sd, double relaxedSd, int rounds, int classes) {
    }

    /**
     * A day, the skills its shifts need and their intensity: seats that one person can swap for
     * another (intensity too, or the gentle start's limit would pool light seats with heavy ones).
     */
    private record Kind(LocalDate day, Set<String> skills, Intensity intensity) {
    }

    /** What one person could take of a kind: how many shifts, and their shortest and longest hours. */
    private record Reach(int shifts, double shortest, double longest) {
    }

    /** People who are interchangeable for the bound; on {@code oneSeatDays} the gentle start allows one seat. */
    private record Profile(int availableDays, int maxHoursPerDay, Map<Kind, Reach> reach, Set<LocalDate> oneSeatDays) {
    }

    /**
     * Which rosters the bound covers: those handing out {@code totalHours} (null: any number of
     * hours), and with {@code gentle} only those with no gentle-start breach (a newcomer holds
     * nothing above their comfort, nothing heavy and at most one seat on their first two days).
     */
    record Rules(@Nullable Double totalHours, boolean gentle) {
        static final Rules ANY_HOURS = new Rules(null, false);
    }

    private DayBound() {
    }

    static Result of(Roster roster, Rules rules, Duration limit) {
        Map<Kind, List<Shift>> kinds = new LinkedHashMap<>();
        for (Shift shift : roster.getShifts()) {
            kinds.computeIfAbsent(new Kind(shift.getDay(), Set.copyOf(shift.getRequiredSkills()), shift.getIntensity()),
                    k -> new ArrayList<>()).add(shift);
        }
        Map<Profile, Integer> classes = new LinkedHashMap<>();
        for (Volunteer volunteer : roster.getVolunteers()) {
            classes.merge(profile(volunteer, kinds, rules.gentle()), 1, Integer::sum);
        }
        return solve(kinds, classes, roster.getVolunteers().size(), rules.totalHours(), System.nanoTime() + limit.toNanos());
    }

    private static Profile profile(Volunteer volunteer, Map<Kind, List<Shift>> kinds, boolean gentle) {
        Map<Kind, Reach> reach = new HashMap<>();
        Set<LocalDate> oneSeatDays = new TreeSet<>();
        kinds.forEach((kind, shifts) -> {
            Intensity ceiling = gentle ? ceiling(volunteer, kind.day()) : Intensity.HEAVY;
            if (gentle && !volunteer.isReturning() && volunteer.isInFirstTwoDays(kind.day())) {
                oneSeatDays.add(kind.day());
            }
            int count = 0;
            double shortest = Double.MAX_VALUE;
            double longest = 0;
            for (Shift shift : shifts) {
                double hours = shift.durationMinutes() / 60.0;
                if (volunteer.hasSkills(shift.getRequiredSkills())
                        && volunteer.isAvailable(shift.getStart(), shift.getEnd())
                        && hours <= volunteer.getMaxHoursPerDay() && shift.getIntensity().isWithin(ceiling)) {
                    count++;
                    shortest = Math.min(shortest, hours);
                    longest = Math.max(longest, hours);
                }
            }
            if (count > 0) {
                reach.put(kind, new Reach(count, shortest, longest));
            }
        });
        oneSeatDays.retainAll(reach.keySet().stream().map(Kind::day).toList());
        return new Profile(volunteer.availableDays(), volunteer.getMaxHoursPerDay(), Map.copyOf(reach),
                Set.copyOf(oneSeatDays));
    }

    /** As ExactFairness reads the gentle start: their comfort, and moderate at most on their first two days. */
    static Intensity ceiling(Volunteer volunteer, LocalDate day) {
        if (volunteer.isReturning()) {
            return Intensity.HEAVY;
        }
        Intensity comfort = volunteer.getIntensityComfort();
        return volunteer.isInFirstTwoDays(day) && comfort == Intensity.HEAVY ? Intensity.MODERATE : comfort;
    }

    private static Result solve(Map<Kind, List<Shift>> kinds, Map<Profile, Integer> classes, int people,
            @Nullable Double totalHours, long deadline) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no GLOP linear solver in this build");
        }
        double infinity = MPSolver.infinity();
        // Per kind: the class members' seats and hours, each weighted by the class's size.
        Map<Kind, MPConstraint> seatsAtMost = new HashMap<>();
        Map<Kind, MPConstraint> hoursAtMost = new HashMap<>();
        Map<Kind, MPConstraint> seatsAtLeast = new HashMap<>();
        Map<Kind, MPConstraint> hoursAtLeast = new HashMap<>();
        kinds.forEach((kind, shifts) -> {
            double most = shifts.stream().mapToDouble(Shift::getMaxHeadcount).sum();
            double least = shifts.stream().mapToDouble(Shift::getMinHeadcount).sum();
            double mostHours = shifts.stream().mapToDouble(s -> s.getMaxHeadcount() * s.durationMinutes() / 60.0).sum();
            double leastHours = shifts.stream().mapToDouble(s -> s.getMinHeadcount() * s.durationMinutes() / 60.0).sum();
            seatsAtMost.put(kind, solver.makeConstraint(-infinity, most));
            hoursAtMost.put(kind, solver.makeConstraint(-infinity, mostHours));
            seatsAtLeast.put(kind, solver.makeConstraint(least, infinity));
            hoursAtLeast.put(kind, solver.makeConstraint(leastHours, infinity));
        });
        MPConstraint total = totalHours == null ? solver.makeConstraint(0, infinity)
                : solver.makeConstraint(totalHours, totalHours);
        MPVariable center = solver.makeNumVar(-infinity, infinity, "c");
        List<Profile> profiles = new ArrayList<>(classes.keySet());
        MPVariable[] deviation = new MPVariable[profiles.size()];
        MPVariable[] square = new MPVariable[profiles.size()];
        MPObjective objective = solver.objective();
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            int size = classes.get(profile);
            // deviation = hours / days - c
            MPConstraint load = solver.makeConstraint(0, 0);
            deviation[i] = solver.makeNumVar(-infinity, infinity, "e");
            load.setCoefficient(deviation[i], -1);
            load.setCoefficient(center, -1);
            Map<LocalDate, MPVariable> works = new TreeMap<>();
            Map<LocalDate, MPConstraint> hoursPerDay = new HashMap<>();
            Map<LocalDate, MPConstraint> holdsASeat = new HashMap<>();
            for (var entry : profile.reach().entrySet()) {
                Kind kind = entry.getKey();
                Reach reach = entry.getValue();
                MPVariable day = works.computeIfAbsent(kind.day(), d -> solver.makeNumVar(0, 1, "w"));
                // hours of the day <= max hours * works
                MPConstraint limit = hoursPerDay.computeIfAbsent(kind.day(), d -> {
                    MPConstraint c = solver.makeConstraint(-infinity, 0);
                    c.setCoefficient(day, -profile.maxHoursPerDay());
                    return c;
                });
                // seats held that day >= works (and, on a gentle first day, <= works)
                MPConstraint holds = holdsASeat.computeIfAbsent(kind.day(), d -> {
                    MPConstraint c = solver.makeConstraint(0, profile.oneSeatDays().contains(d) ? 0 : infinity);
                    c.setCoefficient(day, -1);
                    return c;
                });
                MPVariable seats = solver.makeNumVar(0, reach.shifts(), "n");
                MPVariable hours = solver.makeNumVar(0, infinity, "h");
                // seats <= shifts * works: no seat on a day off
                MPConstraint off = solver.makeConstraint(-infinity, 0);
                off.setCoefficient(seats, 1);
                off.setCoefficient(day, -reach.shifts());
                MPConstraint shortest = solver.makeConstraint(0, infinity);
                shortest.setCoefficient(hours, 1);
                shortest.setCoefficient(seats, -reach.shortest());
                MPConstraint longest = solver.makeConstraint(-infinity, 0);
                longest.setCoefficient(hours, 1);
                longest.setCoefficient(seats, -reach.longest());
                limit.setCoefficient(hours, 1);
                holds.setCoefficient(seats, 1);
                load.setCoefficient(hours, 1.0 / profile.availableDays());
                total.setCoefficient(hours, size);
                seatsAtMost.get(kind).setCoefficient(seats, size);
                seatsAtLeast.get(kind).setCoefficient(seats, size);
                hoursAtMost.get(kind).setCoefficient(hours, size);
                hoursAtLeast.get(kind).setCoefficient(hours, size);
            }
            fiveInARow(solver, works);
            square[i] = solver.makeNumVar(0, infinity, "s");
            objective.setCoefficient(square[i], size);
            for (double at : FIRST_TANGENTS) {
                tangent(solver, square[i], deviation[i], at);
            }
        }
        objective.setMinimization();
        int[] sizes = profiles.stream().mapToInt(classes::get).toArray();
        for (int round = 1; ; round++) {
            var status = solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return new Result(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, round, profiles.size());
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP did not prove the day relaxation optimal: " + status);
            }
            double bound = objective.value();
            // Read the whole solution before adding cuts: a changed model has no solution to read.
            double[] e0 = new double[profiles.size()];
            double[] s0 = new double[profiles.size()];
            double relaxed = 0;
            for (int i = 0; i < profiles.size(); i++) {
                e0[i] = deviation[i].solutionValue();
                s0[i] = square[i].solutionValue();
                relaxed += sizes[i] * e0[i] * e0[i];
            }
            double boundSd = Math.sqrt(Math.max(0, bound) / people);
            if (Math.sqrt(relaxed / people) - boundSd <= SD_TOLERANCE || round == MAX_ROUNDS
                    || System.nanoTime() > deadline) {
                return new Result(boundSd, Math.sqrt(relaxed / people), round,
                        profiles.size());
            }
            for (int i = 0; i < profiles.size(); i++) {
                double e = e0[i];
                if (e * e > s0[i] + TOLERANCE) {
                    tangent(solver, square[i], deviation[i], e);
                }
            }
        }
    }

    /** square >= 2 e0 e - e0^2, the tangent of e^2 at e0: below the square everywhere. */
    private static void tangent(MPSolver solver, MPVariable square, MPVariable deviation, double at) {
        MPConstraint tangent = solver.makeConstraint(-at * at, MPSolver.infinity());
        tangent.setCoefficient(square, 1);
        tangent.setCoefficient(deviation, -2 * at);
    }

    /** In any six days in a row that the person could work, at most five working days. */
    private static void fiveInARow(MPSolver solver, Map<LocalDate, MPVariable> works) {
        for (LocalDate last : new TreeSet<>(works.keySet())) {
            List<MPVariable> run = new ArrayList<>();
            for (int back = 0; back <= MAX_DAYS_IN_A_ROW; back++) {
                MPVariable day = works.get(last.minusDays(back));
                if (day != null) {
                    run.add(day);
                }
            }
            if (run.size() > MAX_DAYS_IN_A_ROW) {
                MPConstraint window = solver.makeConstraint(-MPSolver.infinity(), MAX_DAYS_IN_A_ROW);
                run.forEach(day -> window.setCoefficient(day, 1));
            }
        }
    }
}
