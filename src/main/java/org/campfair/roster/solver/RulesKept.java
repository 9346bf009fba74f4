package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;

/**
 * How well a roster keeps the two rules that fairness is traded against, counted from its
 * seats alone: working days past the fifth in a row, and gentle-start breaches. The score
 * cannot tell this once a camp weighs a rule at 0 (a rule weighed at nothing scores and
 * matches nothing), so the benchmark counts here, as the rules stand at their default weights.
 */
public final class RulesKept {

    private RulesKept() {
    }

    /**
     * Working days beyond the fifth in a row, summed over everyone: a seven-day run counts 2.
     * A working day is a day with at least one seat, as in the day-off rule.
     */
    public static int daysPastFive(Roster roster) {
        Map<Volunteer, TreeSet<LocalDate>> days = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                days.computeIfAbsent(seat.getVolunteer(), v -> new TreeSet<>()).add(seat.getShift().getDay());
            }
        }
        return days.values().stream().mapToInt(RulesKept::daysPastFive).sum();
    }

    /** Days past {@link DaysInARow#MAX} in a row among one person's working days. */
    static int daysPastFive(TreeSet<LocalDate> workingDays) {
        int past = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : workingDays) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            if (run > DaysInARow.MAX) {
                past++;
            }
            previous = day;
        }
        return past;
    }

    /**
     * Matches of the gentle-start rule: newcomer-days with at least one breach (a second shift
     * on one of their first two days, or work above their ceiling that day).
     */
    public static int gentleStartMatches(Roster roster) {
        Map<Volunteer, Map<LocalDate, List<Shift>>> shifts = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            Volunteer volunteer = seat.getVolunteer();
            if (volunteer != null && !volunteer.isReturning()) {
                shifts.computeIfAbsent(volunteer, v -> new HashMap<>())
                        .computeIfAbsent(seat.getShift().getDay(), d -> new ArrayList<>()).add(seat.getShift());
            }
        }
        int matches = 0;
        for (var perVolunteer : shifts.entrySet()) {
            for (var perDay : perVolunteer.getValue().entrySet()) {
                if (gentleStartBreaches(perVolunteer.getKey(), perDay.getKey(), perDay.getValue()) > 0) {
                    matches++;
                }
            }
        }
        return matches;
    }

    /**
     * The gentle-start rule's penalty for one newcomer's shifts on one day: one per shift past
     * the first on their first two days, and one per intensity step above their ceiling.
     */
    static int gentleStartBreaches(Volunteer volunteer, LocalDate day, List<Shift> shifts) {
        return extraShifts(volunteer, day, shifts) + shifts.stream()
                .mapToInt(shift -> stepsTooIntense(volunteer, day, shift)).sum();
    }

    static int stepsTooIntense(Volunteer volunteer, LocalDate day, Shift shift) {
        int ceiling = Eligibility.ceiling(volunteer, day).ordinal();
        return Math.max(0, shift.getIntensity().ordinal() - ceiling);
    }

    static int extraShifts(Volunteer volunteer, LocalDate day, List<Shift> shifts) {
        return volunteer.isInFirstTwoDays(day) ? Math.max(0, shifts.size() - 1) : 0;
    }
}
