package org.campfair.roster.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.campfair.roster.model.Seat;
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
        if (workingDays.contains(day)) {
            return true;
        }
        int run = 1;
        for (LocalDate d = day.minusDays(1); workingDays.contains(d) && run <= MAX; d = d.minusDays(1)) {
            run++;
        }
        for (LocalDate d = day.plusDays(1); workingDays.contains(d) && run <= MAX; d = d.plusDays(1)) {
            run++;
        }
        return run <= MAX;
    }

    /**
     * Every sixth day of a stay longer than {@link #MAX} days, counted from arrival and
     * staggered by the volunteer's id, so on any day about a sixth of the camp is planned to
     * rest. Water-filling alone gives everyone work from the first day on, so everyone's
     * fifth day came at once and the sixth day's seats fell to the few who could still take
     * them; planning the days off in turns spreads both the rest and the work.
     */
    static boolean plannedDayOff(Volunteer volunteer, LocalDate day) {
        if (volunteer.availableDays() <= MAX) {
            return false;
        }
        long sinceArrival = ChronoUnit.DAYS.between(volunteer.getArrivesOn(), day);
        return Math.floorMod(sinceArrival + volunteer.getId(), MAX + 1) == MAX;
    }

    /** The days of the seats, without {@code givenUp} (a seat traded away). */
    static Set<LocalDate> daysOf(Collection<Seat> seats, @Nullable Seat givenUp) {
        Set<LocalDate> days = new HashSet<>();
        for (Seat seat : seats) {
            if (seat != givenUp) {
                days.add(seat.getShift().getDay());
            }
        }
        return days;
    }
}
