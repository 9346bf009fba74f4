package org.campfair.roster.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;

/**
 * The people and seats of {@link PlanBound}, and its pricing: for one person and given prices
 * on each kind's seats and seat-hours, the whole plan of the stay (which days they work, and on
 * each working day which seats) with the least reduced cost. A plan keeps what every roster
 * with no day past five keeps for one person: at most five working days in a row, seats only of
 * shifts they have the skills for and are at camp and available at, at most one seat per shift,
 * the hours per day. With the gentle start kept, a plan also counts its breaches as
 * {@link org.campfair.roster.solver.RulesKept} does: newcomer-days with a seat above their ceiling
 * or more than one seat on their first two days. Overlaps, rest and leads are left out, so every
 * real person's stay is one of the plans.
 */
final class PlanPricing {

    static final int MAX_DAYS_IN_A_ROW = 5;

    /**
     * A day, the skills its shifts need, their intensity and length: seats the bound counts
     * together, as one person is indifferent between them. (Pooling lengths would let a person's
     * two hours count towards a three-hour seat's minimum.)
     */
    record Kind(LocalDate day, Set<String> skills, Intensity intensity, long minutes) {
    }

    /**
     * Seats of one kind a person could take: {@code count} shifts of {@code units} each, of which
     * {@code gentleCount} keep the gentle start (all of them when it is not kept, or for returners).
     */
    record Item(int kind, int units, int count, int gentleCount) {
    }

    /**
     * People the bound cannot tell apart: their days (consecutive dates, null where they cannot
     * work), the items of each date, the units they may work a day, their available days and the
     * dates on which they may hold one seat only.
     */
    record Profile(List<List<Item>> items, int maxUnitsPerDay, int availableDays, Set<Integer> oneSeatDays) {
    }

    /** A plan: its units worked in all, per kind the seats held, and its gentle-start breaches (days). */
    record Plan(int units, Map<Integer, Integer> seats, int breaches) {
    }

    /** The camp as the bound sees it: kinds with their shifts, the unit of hours, and each class of people. */
    record Camp(List<Kind> kinds, List<List<Shift>> shifts, int unitMinutes, Map<Profile, Integer> classes) {

        int people() {
            return classes.values().stream().mapToInt(Integer::intValue).sum();
        }

        double unitHours() {
            return unitMinutes / 60.0;
        }
    }

    private PlanPricing() {
    }

    static Camp camp(Roster roster, boolean gentle) {
        Map<Kind, List<Shift>> byKind = new LinkedHashMap<>();
        for (Shift shift : roster.getShifts()) {
            byKind.computeIfAbsent(new Kind(shift.getDay(), Set.copyOf(shift.getRequiredSkills()), shift.getIntensity(),
                    shift.durationMinutes()), k -> new ArrayList<>()).add(shift);
        }
        int unit = 0;
        for (Shift shift : roster.getShifts()) {
            unit = gcd(unit, (int) shift.durationMinutes());
        }
        List<Kind> kinds = new ArrayList<>(byKind.keySet());
        List<List<Shift>> shifts = new ArrayList<>(byKind.values());
        Map<Profile, Integer> classes = new LinkedHashMap<>();
        for (Volunteer volunteer : roster.getVolunteers()) {
            classes.merge(profile(volunteer, kinds, shifts, Math.max(1, unit), gentle), 1, Integer::sum);
        }
        return new Camp(kinds, shifts, Math.max(1, unit), classes);
    }

    private static Profile profile(Volunteer volunteer, List<Kind> kinds, List<List<Shift>> shifts, int unit,
            boolean gentle) {
        TreeMap<LocalDate, List<Item>> byDate = new TreeMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            LocalDate day = kinds.get(k).day();
            Intensity ceiling = gentle ? DayBound.ceiling(volunteer, day) : Intensity.HEAVY;
            int count = 0;
            int gentleCount = 0;
            for (Shift shift : shifts.get(k)) {
                if (volunteer.hasSkills(shift.getRequiredSkills())
                        && volunteer.isAvailable(shift.getStart(), shift.getEnd())
                        && shift.durationMinutes() <= volunteer.getMaxHoursPerDay() * 60L) {
                    count++;
                    gentleCount += shift.getIntensity().isWithin(ceiling) ? 1 : 0;
                }
            }
            if (count > 0 && kinds.get(k).minutes() > 0) { // a seat of no length changes nobody's hours
                byDate.computeIfAbsent(day, d -> new ArrayList<>())
                        .add(new Item(k, (int) (kinds.get(k).minutes() / unit), count, gentleCount));
            }
        }
        List<List<Item>> items = new ArrayList<>();
        Set<Integer> oneSeatDays = new java.util.TreeSet<>();
        if (!byDate.isEmpty()) {
            for (LocalDate day = byDate.firstKey(); !day.isAfter(byDate.lastKey()); day = day.plusDays(1)) {
                if (gentle && !volunteer.isReturning() && volunteer.isInFirstTwoDays(day)) {
                    oneSeatDays.add(items.size());
                }
                items.add(byDate.get(day));
            }
        }
        return new Profile(items, volunteer.getMaxHoursPerDay() * 60 / unit, volunteer.availableDays(),
                Set.copyOf(oneSeatDays));
    }

    /**
     * The plan of least reduced cost {@code objective(units) + sum of seat prices + breachPrice x
     * breaches}, a seat of kind k costing {@code seatPrice[k]}; {@code objective} is indexed by the
     * units worked in all. With {@code breaches} false only plans without a breach are priced. When
     * a day's cheapest seats with a breach would in fact keep the gentle start, the day is still
     * priced and counted as a breach: its price is then at most the true least, so a bound from it
     * stays valid.
     */
    static Plan cheapest(Profile profile, double[] seatPrice, double breachPrice, boolean breaches,
            double[] objective) {
        int days = profile.items().size();
        int max = profile.maxUnitsPerDay();
        int most = Math.min(objective.length - 1, days * max);
        DayChoice[] choices = new DayChoice[days];
        // cost[run][units]: the cheapest way through the days so far, ending on `run` working days in a row
        double[][] cost = filled(MAX_DAYS_IN_A_ROW + 1, most + 1);
        int[][][] from = new int[days][][];
        cost[0][0] = 0;
        for (int d = 0; d < days; d++) {
            List<Item> items = profile.items().get(d);
            choices[d] = items == null ? null : DayChoice.of(items, max, profile.oneSeatDays().contains(d), seatPrice,
                    breaches ? breachPrice : Double.NaN);
            double[][] next = filled(MAX_DAYS_IN_A_ROW + 1, most + 1);
            int[][] back = new int[MAX_DAYS_IN_A_ROW + 1][most + 1];
            for (int run = 0; run <= MAX_DAYS_IN_A_ROW; run++) {
                for (int u = 0; u <= most; u++) {
                    double here = cost[run][u];
                    if (here == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (here < next[0][u]) { // a day off
                        next[0][u] = here;
                        back[0][u] = encode(run, 0);
                    }
                    if (choices[d] == null || run == MAX_DAYS_IN_A_ROW) {
                        continue;
                    }
                    for (int w = 1; w <= max && u + w <= most; w++) {
                        double worked = here + choices[d].best[w];
                        if (worked < next[run + 1][u + w]) {
                            next[run + 1][u + w] = worked;
                            back[run + 1][u + w] = encode(run, w);
                        }
                    }
                }
            }
            cost = next;
            from[d] = back;
        }
        int bestRun = 0;
        int bestUnits = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run <= MAX_DAYS_IN_A_ROW; run++) {
            for (int u = 0; u <= most; u++) {
                double total = cost[run][u] + objective[u];
                if (total < best) {
                    best = total;
                    bestRun = run;
                    bestUnits = u;
                }
            }
        }
        return trace(choices, from, bestRun, bestUnits);
    }

    private static Plan trace(DayChoice[] choices, int[][][] from, int run, int units) {
        Map<Integer, Integer> use = new TreeMap<>();
        int breaches = 0;
        int u = units;
        int r = run;
        for (int d = choices.length - 1; d >= 0; d--) {
            int code = from[d][r][u];
            int worked = code & 0xFFFF;
            if (worked > 0) {
                breaches += choices[d].addSeats(worked, use) ? 1 : 0;
            }
            u -= worked;
            r = code >>> 16;
        }
        return new Plan(units, use, breaches);
    }

    private static int encode(int run, int worked) {
        return run << 16 | worked;
    }

    private static double[][] filled(int rows, int columns) {
        double[][] table = new double[rows][columns];
        for (double[] row : table) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        return table;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * One date's cheapest seats for each number of units worked (at least one seat): those that
     * keep the gentle start, or (when {@code breachPrice} is a number) any, at that price more.
     */
    private record DayChoice(double[] best, Knapsack gentle, Knapsack any, boolean[] breach) {

        static DayChoice of(List<Item> items, int max, boolean oneSeat, double[] seatPrice, double breachPrice) {
            var gentle = Knapsack.of(items, Item::gentleCount, max, oneSeat, seatPrice);
            if (Double.isNaN(breachPrice)) {
                return new DayChoice(gentle.best, gentle, gentle, new boolean[max + 1]);
            }
            var any = Knapsack.of(items, Item::count, max, false, seatPrice);
            double[] best = new double[max + 1];
            boolean[] breach = new boolean[max + 1];
            for (int u = 0; u <= max; u++) {
                breach[u] = any.best[u] + breachPrice < gentle.best[u];
                best[u] = breach[u] ? any.best[u] + breachPrice : gentle.best[u];
            }
            return new DayChoice(best, gentle, any, breach);
        }

        /** Adds the seats of the day's choice for {@code units}; whether it is counted as a breach. */
        boolean addSeats(int units, Map<Integer, Integer> use) {
            (breach[units] ? any : gentle).addSeats(units, use);
            return breach[units];
        }
    }

    /**
     * The cheapest seats of one date for each number of units: a bounded knapsack over the
     * date's items, each taken at most its count, at most one seat on a one-seat day.
     */
    private record Knapsack(double[] best, List<Item> copies, boolean[][] taken) {

        static Knapsack of(List<Item> items, java.util.function.ToIntFunction<Item> count, int max, boolean oneSeat,
                double[] seatPrice) {
            List<Item> copies = new ArrayList<>();
            for (Item item : items) {
                int n = Math.min(oneSeat ? 1 : count.applyAsInt(item), Math.min(count.applyAsInt(item),
                        max / item.units()));
                for (int i = 0; i < n; i++) {
                    copies.add(item);
                }
            }
            double[] best = new double[max + 1];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            boolean[][] taken = new boolean[copies.size()][max + 1];
            int[] seats = new int[max + 1];
            for (int c = 0; c < copies.size(); c++) {
                Item item = copies.get(c);
                double price = seatPrice[item.kind()];
                for (int u = max; u >= item.units(); u--) {
                    int before = u - item.units();
                    if (best[before] == Double.POSITIVE_INFINITY || (oneSeat && seats[before] > 0)) {
                        continue;
                    }
                    if (best[before] + price < best[u]) {
                        best[u] = best[before] + price;
                        seats[u] = seats[before] + 1;
                        taken[c][u] = true;
                    }
                }
            }
            return new Knapsack(best, copies, taken);
        }

        void addSeats(int units, Map<Integer, Integer> use) {
            int u = units;
            for (int c = copies.size() - 1; c >= 0 && u > 0; c--) {
                if (taken[c][u]) {
                    use.merge(copies.get(c).kind(), 1, Integer::sum);
                    u -= copies.get(c).units();
                }
            }
        }
    }
}
