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
 * the hours per day, and (when asked) the gentle start: nothing above their ceiling, one seat on
 * a newcomer's first two days. Overlaps, rest and leads are left out, so every real person's
 * week is one of the plans.
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

    /** Seats of one kind and length a person could take: {@code count} shifts of {@code units} each. */
    record Item(int kind, int units, int count) {
    }

    /**
     * People the bound cannot tell apart: their days (consecutive dates, null where they cannot
     * work), the items of each date, the units they may work a day, their available days and the
     * dates on which they may hold one seat only.
     */
    record Profile(List<List<Item>> items, int maxUnitsPerDay, int availableDays, Set<Integer> oneSeatDays) {
    }

    /** A plan: its units worked in all, and per kind the seats held. */
    record Plan(int units, Map<Integer, Integer> seats) {
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
            for (Shift shift : shifts.get(k)) {
                if (volunteer.hasSkills(shift.getRequiredSkills())
                        && volunteer.isAvailable(shift.getStart(), shift.getEnd())
                        && shift.durationMinutes() <= volunteer.getMaxHoursPerDay() * 60L
                        && shift.getIntensity().isWithin(ceiling)) {
                    count++;
                }
            }
            if (count > 0) {
                byDate.computeIfAbsent(day, d -> new ArrayList<>())
                        .add(new Item(k, (int) (kinds.get(k).minutes() / unit), count));
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
     * The plan of least reduced cost {@code objective(units) + sum of seat prices}, a seat of kind
     * k costing {@code seatPrice[k]}. {@code objective} is indexed by the units worked in all.
     */
    static Plan cheapest(Profile profile, double[] seatPrice, double[] objective) {
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
            choices[d] = items == null ? null
                    : DayChoice.of(items, max, profile.oneSeatDays().contains(d), seatPrice);
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
        int u = units;
        int r = run;
        for (int d = choices.length - 1; d >= 0; d--) {
            int code = from[d][r][u];
            int worked = code & 0xFFFF;
            if (worked > 0) {
                choices[d].addSeats(worked, use);
            }
            u -= worked;
            r = code >>> 16;
        }
        return new Plan(units, use);
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
     * One date's cheapest seats for each number of units worked (at least one seat): a bounded
     * knapsack over the date's items, each taken at most its count, at most one seat on a
     * one-seat day.
     */
    private record DayChoice(double[] best, List<Item> copies, boolean[][] taken) {

        static DayChoice of(List<Item> items, int max, boolean oneSeat, double[] seatPrice) {
            List<Item> copies = new ArrayList<>();
            for (Item item : items) {
                int n = oneSeat ? 1 : Math.min(item.count(), max / item.units());
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
            return new DayChoice(best, copies, taken);
        }

        void addSeats(int units, Map<Integer, Integer> use) {
            int u = units;
            for (int c = copies.size() - 1; c >= 0 && u > 0; c--) {
                if (taken[c][u]) {
                    Item item = copies.get(c);
                    use.merge(item.kind(), 1, Integer::sum);
                    u -= item.units();
                }
            }
        }
    }
}
