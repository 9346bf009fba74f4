package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;

/**
 * The day-pattern stage: before any seat is dealt, decides for each volunteer staying ten days
 * or more which days of their stay they rest, so that nobody works more than
 * {@link DaysInARow#MAX} days in a row,
 * with as few days off as that takes (the people who can work only a few hours a day need
 * every working day the rule allows to reach their fair share), and the days off placed
 * where the camp can best spare each person's skills.
 *
 * <p>{@link DaysInARow#plannedDayOff} places days off in fixed turns, by id, and only in stays
 * of twelve days or more; the plans here take every stay of {@link #SHORTEST_PLANNED_STAY} days
 * or more and weigh each
 * day off by the cover it costs: for each day and each set of skills a shift asks for, the
 * required seat-hours against the hours of the people who could take them and are planned to
 * work. A day off costs the rise it makes in those demand-to-supply ratios; volunteers with the
 * scarcest skills choose first, and each person's days off are the cheapest set that keeps the
 * rule (a dynamic programme over their stay: fewest days off first, then least cost). Days the
 * volunteer cannot work anyway (no shift they could take) are rest days that cost nothing.
 *
 * <p>Each plan also holds roughly how many hours a day its volunteer works: their fair share of
 * the required hours (the camp's mean per available day times their days) over their planned
 * working days.
 */
final class DayPlans {

    /**
     * The shortest stay planned: 2 × {@link DaysInARow#MAX} days. Shorter stays need one day off,
     * which the search places well: planning it cost the benchmark's 7-day camp fairness and
     * score (see {@link DaysInARow#plannedDayOff}); the 10- and 11-day stays of the 750-person
     * camp, which the fixed turns left out, were where its days past five in a row came from.
     */
    static final int SHORTEST_PLANNED_STAY = 2 * DaysInARow.MAX;

    /** A day off where nobody else could cover: more than any sum of ratios costs. */
    private static final double UNCOVERED = 1e6;

    private final Map<Volunteer, Set<LocalDate>> daysOff = new HashMap<>();
    private final Map<Volunteer, Double> minutesPerWorkingDay = new HashMap<>();

    private DayPlans() {
    }

    /** Plans the days off of every volunteer of the roster. */
    static DayPlans plan(Roster roster) {
        var plans = new DayPlans();
        var cover = Cover.of(roster);
        double meanPerDay = cover.requiredMinutes() / Math.max(1.0, roster.getVolunteers().stream()
                .mapToInt(Volunteer::availableDays).sum());
        List<Volunteer> scarcestFirst = roster.getVolunteers().stream()
                .sorted(Comparator.comparingDouble(cover::scarcity).reversed().thenComparing(Volunteer::getId))
                .toList();
        for (Volunteer volunteer : scarcestFirst) {
            Set<LocalDate> off = plans.daysOffFor(volunteer, cover);
            plans.daysOff.put(volunteer, off);
            off.forEach(day -> cover.rest(volunteer, day));
            int working = cover.workableDays(volunteer).size() - (int) off.stream()
                    .filter(cover.workableDays(volunteer)::contains).count();
            plans.minutesPerWorkingDay.put(volunteer,
                    working == 0 ? 0 : meanPerDay * volunteer.availableDays() / working);
        }
        return plans;
    }

    /** True for a day the plan gives the volunteer off; never for someone the plans do not know. */
    boolean dayOff(Volunteer volunteer, LocalDate day) {
        return daysOff.getOrDefault(volunteer, Set.of()).contains(day);
    }

    /** True when the plans give the volunteer days off (stays of {@link #SHORTEST_PLANNED_STAY} days or more). */
    boolean hasDaysOff(Volunteer volunteer) {
        return !daysOff.getOrDefault(volunteer, Set.of()).isEmpty();
    }

    Set<LocalDate> daysOff(Volunteer volunteer) {
        return daysOff.getOrDefault(volunteer, Set.of());
    }

    /** Every planned day off, by volunteer, for the local search ({@link PlannedDaysOff}). */
    Map<Volunteer, Set<LocalDate>> allDaysOff() {
        Map<Volunteer, Set<LocalDate>> all = new HashMap<>();
        daysOff.forEach((volunteer, off) -> {
            if (!off.isEmpty()) {
                all.put(volunteer, Set.copyOf(off));
            }
        });
        return Map.copyOf(all);
    }

    /** Roughly how many minutes a planned working day holds for the volunteer's fair share. */
    double minutesPerWorkingDay(Volunteer volunteer) {
        return minutesPerWorkingDay.getOrDefault(volunteer, 0.0);
    }

    /**
     * The cheapest days off that leave no run of more than {@link DaysInARow#MAX} working days,
     * fewest first: best[i][r] is the (days off, cost) of the first i days ending in a run of r
     * working days; a day the volunteer cannot work ends any run for free and is not planned.
     */
    private Set<LocalDate> daysOffFor(Volunteer volunteer, Cover cover) {
        int stay = volunteer.availableDays();
        if (stay < SHORTEST_PLANNED_STAY) {
            return Set.of();
        }
        Set<LocalDate> workable = cover.workableDays(volunteer);
        int runs = DaysInARow.MAX + 1;
        double[][] cost = new double[stay + 1][runs];
        int[][] offs = new int[stay + 1][runs];
        int[][] from = new int[stay + 1][runs];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i < stay; i++) {
            LocalDate day = volunteer.getArrivesOn().plusDays(i);
            boolean canWork = workable.contains(day);
            double restCost = canWork ? cover.costOfRest(volunteer, day) : 0;
            for (int r = 0; r < runs; r++) {
                if (cost[i][r] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                // Rest that day: the run ends; a planned day off only where they could work.
                relax(cost, offs, from, i + 1, 0, offs[i][r] + (canWork ? 1 : 0), cost[i][r] + restCost, r);
                if (canWork && r + 1 < runs) {
                    relax(cost, offs, from, i + 1, r + 1, offs[i][r], cost[i][r], r);
                }
            }
        }
        int end = 0;
        for (int r = 1; r < runs; r++) {
            if (better(offs[stay][r], cost[stay][r], offs[stay][end], cost[stay][end])) {
                end = r;
            }
        }
        Set<LocalDate> off = new HashSet<>();
        for (int i = stay, r = end; i > 0; i--) {
            LocalDate day = volunteer.getArrivesOn().plusDays(i - 1);
            if (r == 0 && workable.contains(day)) {
                off.add(day);
            }
            r = from[i][r];
        }
        return off;
    }

    private static void relax(double[][] cost, int[][] offs, int[][] from, int i, int r, int newOffs,
            double newCost, int previousRun) {
        if (better(newOffs, newCost, offs[i][r], cost[i][r])) {
            offs[i][r] = newOffs;
            cost[i][r] = newCost;
            from[i][r] = previousRun;
        }
    }

    private static boolean better(int offs, double cost, int bestOffs, double bestCost) {
        if (bestCost == Double.POSITIVE_INFINITY) {
            return cost != Double.POSITIVE_INFINITY;
        }
        return cost != Double.POSITIVE_INFINITY && (offs < bestOffs || offs == bestOffs && cost < bestCost - 1e-12);
    }

    /**
     * Each day's cover by skill group: the required seat-minutes of shifts asking for a set of
     * skills, against the minutes a day the volunteers with those skills who are planned to work
     * can give (their hours agreed per day).
     */
    private static final class Cover {

        private final Map<LocalDate, Map<Set<String>, Double>> demand = new HashMap<>();
        private final Map<LocalDate, Map<Set<String>, Double>> supply = new HashMap<>();
        private final Map<Volunteer, Set<LocalDate>> workable = new HashMap<>();
        private final Map<Volunteer, Map<LocalDate, Double>> capacity = new HashMap<>();
        private final Map<Volunteer, Map<LocalDate, List<Set<String>>>> groups = new HashMap<>();
        private double requiredMinutes;

        static Cover of(Roster roster) {
            var cover = new Cover();
            // One shift of each kind (hours, skills, intensity) a day: the checks below cannot
            // tell shifts of a kind apart, and a day of 325 shifts has a few dozen kinds.
            Map<LocalDate, Map<List<Object>, Shift>> kindsOn = new HashMap<>();
            for (Shift shift : roster.getShifts()) {
                kindsOn.computeIfAbsent(shift.getDay(), day -> new HashMap<>()).putIfAbsent(List.of(shift.getStart(),
                        shift.getEnd(), shift.getRequiredSkills(), shift.getIntensity()), shift);
            }
            for (Seat seat : roster.getSeats()) {
                if (seat.isRequired()) {
                    Shift shift = seat.getShift();
                    cover.demand.computeIfAbsent(shift.getDay(), day -> new HashMap<>())
                            .merge(shift.getRequiredSkills(), (double) shift.durationMinutes(), Double::sum);
                    cover.requiredMinutes += shift.durationMinutes();
                }
            }
            for (Volunteer volunteer : roster.getVolunteers()) {
                Set<LocalDate> days = new HashSet<>();
                Map<LocalDate, Double> minutes = new HashMap<>();
                for (LocalDate day = volunteer.getArrivesOn(); !day.isAfter(volunteer.getDepartsOn());
                        day = day.plusDays(1)) {
                    double most = minutesADay(volunteer, day, kindsOn.getOrDefault(day, Map.of()).values());
                    if (most > 0) {
                        days.add(day);
                        minutes.put(day, most);
                    }
                }
                cover.workable.put(volunteer, days);
                cover.capacity.put(volunteer, minutes);
                Map<LocalDate, List<Set<String>>> served = new HashMap<>();
                for (LocalDate day : days) {
                    served.put(day, cover.demand.getOrDefault(day, Map.of()).keySet().stream()
                            .filter(volunteer.getSkills()::containsAll).toList());
                }
                cover.groups.put(volunteer, served);
                days.forEach(day -> cover.groupsOf(volunteer, day).forEach(group -> cover.supply
                        .computeIfAbsent(day, d -> new HashMap<>()).merge(group, minutes.get(day), Double::sum)));
            }
            return cover;
        }

        double requiredMinutes() {
            return requiredMinutes;
        }

        Set<LocalDate> workableDays(Volunteer volunteer) {
            return workable.getOrDefault(volunteer, Set.of());
        }

        /** The skill groups asked for on the day that the volunteer could serve. */
        List<Set<String>> groupsOf(Volunteer volunteer, LocalDate day) {
            return groups.getOrDefault(volunteer, Map.of()).getOrDefault(day, List.of());
        }

        /** How much the camp leans on the volunteer over their stay: the sum of their demand-to-supply ratios. */
        double scarcity(Volunteer volunteer) {
            double sum = 0;
            for (LocalDate day : workableDays(volunteer)) {
                for (Set<String> group : groupsOf(volunteer, day)) {
                    sum += demand.get(day).get(group) / Math.max(1.0, supply.get(day).get(group));
                }
            }
            return sum;
        }

        /** The rise in the day's demand-to-supply ratios if the volunteer rests that day. */
        double costOfRest(Volunteer volunteer, LocalDate day) {
            double cost = 0;
            double minutes = capacity.get(volunteer).get(day);
            for (Set<String> group : groupsOf(volunteer, day)) {
                double need = demand.get(day).get(group);
                double have = supply.get(day).get(group);
                cost += have - minutes < need ? UNCOVERED * (need - (have - minutes)) / need
                        : need / (have - minutes) - need / have;
            }
            return cost;
        }

        void rest(Volunteer volunteer, LocalDate day) {
            double minutes = capacity.get(volunteer).get(day);
            groupsOf(volunteer, day).forEach(group -> supply.get(day).merge(group, -minutes, Double::sum));
        }

        /**
         * The most the volunteer can give on the day: their hours agreed per day; on a
         * newcomer's first two days one shift at most, the longest they could take; 0 when
         * they can take no shift that day.
         */
        private static double minutesADay(Volunteer volunteer, LocalDate day, Collection<Shift> shifts) {
            long longest = shifts.stream()
                    .filter(shift -> Eligibility.canTake(volunteer, shift)
                            && shift.getIntensity().isWithin(Eligibility.ceiling(volunteer, day)))
                    .mapToLong(Shift::durationMinutes).max().orElse(0);
            if (longest == 0) {
                return 0;
            }
            boolean oneShift = !volunteer.isReturning() && volunteer.isInFirstTwoDays(day);
            return Math.min(volunteer.getMaxHoursPerDay() * 60.0, oneShift ? longest : Double.MAX_VALUE);
        }
    }
}
