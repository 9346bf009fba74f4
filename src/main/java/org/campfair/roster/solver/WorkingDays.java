package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * How many seats each volunteer holds on each day, kept by {@link FairBalance} as seats change
 * hands, for the days-off checks ({@link DaysInARow}): whether one more working day makes a run
 * of more than five days, and by how many days.
 */
final class WorkingDays {

    private final Map<Volunteer, Map<LocalDate, Integer>> seatsPerDay = new HashMap<>();

    void track(Volunteer volunteer) {
        seatsPerDay.put(volunteer, new HashMap<>());
    }

    void add(Volunteer volunteer, LocalDate day) {
        seatsPerDay.get(volunteer).merge(day, 1, Integer::sum);
    }

    void remove(Volunteer volunteer, LocalDate day) {
        seatsPerDay.get(volunteer).merge(day, -1, (had, minus) -> had + minus == 0 ? null : had + minus);
    }

    boolean worksOn(Volunteer volunteer, LocalDate day) {
        return seatsPerDay.get(volunteer).containsKey(day);
    }

    /** Whether the volunteer may work one more day on {@code day} without a run of more than five. */
    boolean allowsAnother(Volunteer volunteer, LocalDate day) {
        return DaysInARow.allows(seatsPerDay.get(volunteer).keySet(), day);
    }

    /** Whether working on the day, in place of {@code givenUp}, makes no run of more than {@link DaysInARow#MAX} days. */
    boolean addsNoLongRun(Volunteer volunteer, LocalDate day, @Nullable Seat givenUp) {
        return DaysInARow.allows(workingDays(volunteer, givenUp), day,
                givenUp == null ? null : givenUp.getShift().getDay());
    }

    /**
     * How many more days past five in a row the volunteer works when working on the day (in place
     * of {@code givenUp}) than when not; 0 when another seat keeps them working that day anyway.
     */
    int daysPastFiveIfWorked(Volunteer volunteer, LocalDate day, @Nullable Seat givenUp) {
        return DaysInARow.daysPastMaxIfWorked(workingDays(volunteer, givenUp), day);
    }

    /** The volunteer's working days, without the day of {@code givenUp} if it was their only seat that day. */
    private Set<LocalDate> workingDays(Volunteer volunteer, @Nullable Seat givenUp) {
        Map<LocalDate, Integer> perDay = seatsPerDay.get(volunteer);
        if (givenUp == null || perDay.getOrDefault(givenUp.getShift().getDay(), 0) > 1) {
            return perDay.keySet();
        }
        Set<LocalDate> days = new HashSet<>(perDay.keySet());
        days.remove(givenUp.getShift().getDay());
        return days;
    }
}
