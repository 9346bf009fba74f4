package org.campfair.roster.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * The day-off rule as the fairness passes and moves see it: a seat on a day someone does not
 * work yet must not make a run of more than {@link #MAX} working days in a row. Water-filling
 * and the fairness moves give everyone a little work every day; without this check they kept
 * making sixth days that the soft rule (15,000 a day) then had the local search undo, one
 * move at a time, against fairness (189 such days on the 750-person camp).
 */
final class DaysInARow {

    /** As RosterConstraintProvider's rule: a day off after five working days. */
    static final int MAX = 5;

    private DaysInARow() {
    }

    /**
     * True when working on {@code day} as well as on {@code workingDays} keeps every run it
     * touches at {@link #MAX} days or fewer. A day already worked adds no run.
     */
    static boolean allows(Set<LocalDate> workingDays, LocalDate day) {
        return workingDays.contains(day)
                || inARow(workingDays, day, -1) + 1 + inARow(workingDays, day, 1) <= MAX;
    }

    /**
     * How many more working days past {@link #MAX} in a row working on {@code day} makes; 0 for a
     * day already worked.
     */
    static int daysPastMaxIfWorked(Set<LocalDate> workingDays, LocalDate day) {
        if (workingDays.contains(day)) {
            return 0;
        }
        int before = inARow(workingDays, day, -1);
        int after = inARow(workingDays, day, 1);
        return pastMax(before + 1 + after) - pastMax(before) - pastMax(after);
    }

    /** Working days in runs of more than {@link #MAX} days. */
    static Set<LocalDate> longRunDays(Set<LocalDate> worked) {
        Set<LocalDate> inLongRuns = new TreeSet<>();
        for (LocalDate day : worked) {
            if (!worked.contains(day.minusDays(1))) {
                List<LocalDate> run = new ArrayList<>();
                for (LocalDate d = day; worked.contains(d); d = d.plusDays(1)) {
                    run.add(d);
                }
                if (run.size() > DaysInARow.MAX) {
                    inLongRuns.addAll(run);
                }
            }
        }
        return inLongRuns;
    }

    /** How many days past five a rest on {@code day} frees. */
    static int freedByRest(Set<LocalDate> worked, LocalDate day) {
        Set<LocalDate> rest = new HashSet<>(worked);
        rest.remove(day);
        return DaysInARow.daysPastMaxIfWorked(rest, day);
    }

    /** Working days in a row next to {@code day}, before it (step -1) or after it (step 1). */
    private static int inARow(Set<LocalDate> workingDays, LocalDate day, int step) {
        int run = 0;
        for (LocalDate d = day.plusDays(step); workingDays.contains(d); d = d.plusDays(step)) {
            run++;
        }
        return run;
    }

    private static int pastMax(int run) {
        return Math.max(0, run - MAX);
    }

    /**
     * As {@link #allows(Set, LocalDate)}, for someone who works on {@code day} in place of a seat
     * they give up on {@code givenUpDay} (null: none). A trade within one day changes no run,
     * so it is allowed even to someone whose run is too long already: the start gives a
     * required seat that nobody else can take to whoever can, sixth day or not.
     */
    static boolean allows(Set<LocalDate> workingDays, LocalDate day, @Nullable LocalDate givenUpDay) {
        return day.equals(givenUpDay) || allows(workingDays, day);
    }

    /**
     * Every sixth day of a stay of at least twice {@link #MAX} + 1 days, counted from a
     * starting day that differs between volunteers (by id), so on any day a share of the camp
     * is planned to rest.
     * Water-filling alone gives everyone work from the first day on, so everyone's fifth day
     * came at once and the sixth day's seats fell to the few who could still take them;
     * planning the days off in turns spreads both the rest and the work. Only starting days that
     * give the stay its fewest days off are used (two in a fortnight, not three): the people
     * who can work only a few hours a day need every working day the rule allows to reach
     * their fair share. Shorter stays get no planned day off: a single day off finds its place
     * in the search, and planning it cost the benchmark's 7-day camp both fairness and score
     * (seeds 1-3: gap 4.4, 4.1 and 4.7% against 4.3, 1.5 and 2.6% unplanned, soft score 9-12%
     * worse).
     */
    static boolean plannedDayOff(Volunteer volunteer, LocalDate day) {
        if (!hasPlannedDaysOff(volunteer)) {
            return false;
        }
        int stay = volunteer.availableDays();
        int cycle = MAX + 1;
        // Offsets o with the fewest days o, o + cycle, ... inside the stay: those past (stay - 1) mod cycle.
        int last = (stay - 1) % cycle;
        int choices = last == MAX ? cycle : MAX - last;
        int first = last == MAX ? 0 : last + 1;
        int offset = first + (int) Math.floorMod(volunteer.getId(), (long) choices);
        long sinceArrival = ChronoUnit.DAYS.between(volunteer.getArrivesOn(), day);
        return sinceArrival >= 0 && sinceArrival % cycle == offset;
    }

    /**
     * True for stays long enough to plan days off in; the start keeps shorter stays' runs to
     * the search as well, as it keeps everyone's when days off are not planned.
     */
    static boolean hasPlannedDaysOff(Volunteer volunteer) {
        return volunteer.availableDays() >= 2 * (MAX + 1);
    }
}
