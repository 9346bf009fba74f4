package org.campfair.roster.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a volunteer works outside the window a same-day re-plan changes, carried as facts so the
 * window's problem holds only the window's seats and still scores a window roster as the whole
 * camp would (the same difference between any two window rosters). A whole-camp problem has
 * {@link #NONE} for everyone.
 *
 * @param minutes worked minutes of all their seats outside the window, confirmed ones where a
 *        check-in marked them, planned otherwise: the fixed load fairness adds
 * @param shifts their shifts outside the window from the day before its first day to the day
 *        after its last, which overlap, rest, hours per day and a gentle start are read against
 * @param days their working days outside the window on its days and in the runs of working days
 *        that reach it, which days in a row are counted with
 */
public record FixedWork(long minutes, List<Shift> shifts, Set<LocalDate> days) {

    public static final FixedWork NONE = new FixedWork(0, List.of(), Set.of());

    public FixedWork {
        shifts = List.copyOf(shifts);
        days = Set.copyOf(days);
    }

    /** Only a load, for a volunteer who takes no seat of the window. */
    public static FixedWork load(long minutes) {
        return minutes == 0 ? NONE : new FixedWork(minutes, List.of(), Set.of());
    }

    public boolean hasShifts() {
        return !shifts.isEmpty();
    }

    /** Their fixed shifts starting on {@code day}. */
    public List<Shift> shiftsOn(LocalDate day) {
        if (shifts.isEmpty()) {
            return List.of();
        }
        List<Shift> on = new ArrayList<>(2);
        for (Shift shift : shifts) {
            if (shift.getDay().equals(day)) {
                on.add(shift);
            }
        }
        return on;
    }

    /** Planned minutes of their fixed shifts starting on {@code day}, as the hours-per-day rule counts them. */
    public long minutesOn(LocalDate day) {
        long sum = 0;
        for (Shift shift : shifts) {
            if (shift.getDay().equals(day)) {
                sum += shift.durationMinutes();
            }
        }
        return sum;
    }
}
