package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;

/**
 * The days off the local search keeps ({@link PlannedDaysOff}), read from the roster the start
 * built rather than from the day plans it started from. The plans only guide the start: a
 * required seat nobody else could take, or an exchange of the balance pass, puts people to work
 * on a planned day off while another day of theirs stays free. The search, keeping the plans'
 * days, then saw that free day as an ordinary one, and a seat there made a sixth working day in
 * a row (1 to 6 such days on the 750-person camp after 60 s).
 *
 * <p>For each stay of {@link DayPlans#SHORTEST_PLANNED_STAY} days or more, the days kept are the
 * fewest days the volunteer does not work that leave no more than {@link DaysInARow#MAX} days
 * between two of them (or the stay's ends): in every six days in a row, the last one they do
 * not work, so the search keeps the most freedom. Whatever else the search gives them, no run
 * grows past five days. Where the start could not keep six days free of a rest (a run that is
 * too long already), the search may still shorten it.
 */
final class RestDays {

    private RestDays() {
    }

    /** The days each volunteer with a long enough stay keeps free in the search, by the roster as it is. */
    static Map<Volunteer, Set<LocalDate>> kept(Roster roster) {
        Map<Volunteer, Set<LocalDate>> worked = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                worked.computeIfAbsent(seat.getVolunteer(), v -> new HashSet<>()).add(seat.getShift().getDay());
            }
        }
        Map<Volunteer, Set<LocalDate>> kept = new HashMap<>();
        for (Volunteer volunteer : roster.getVolunteers()) {
            if (volunteer.availableDays() >= DayPlans.SHORTEST_PLANNED_STAY) {
                Set<LocalDate> days = kept(volunteer, worked.getOrDefault(volunteer, Set.of()));
                if (!days.isEmpty()) {
                    kept.put(volunteer, Set.copyOf(days));
                }
            }
        }
        return Map.copyOf(kept);
    }

    /**
     * From the stay's start: in the six days from the first day not yet covered, the last one
     * not worked is kept, and cover starts again the day after it. Six worked days in a row
     * have no such day: the first day after the run is kept instead.
     */
    static Set<LocalDate> kept(Volunteer volunteer, Set<LocalDate> worked) {
        Set<LocalDate> kept = new HashSet<>();
        LocalDate last = volunteer.getDepartsOn();
        LocalDate from = volunteer.getArrivesOn();
        while (!from.plusDays(DaysInARow.MAX).isAfter(last)) {
            LocalDate rest = null;
            for (int i = DaysInARow.MAX; i >= 0 && rest == null; i--) {
                if (!worked.contains(from.plusDays(i))) {
                    rest = from.plusDays(i);
                }
            }
            if (rest == null) {
                // The first day after the run is kept, so the run grows no longer.
                rest = from.plusDays(DaysInARow.MAX + 1);
                while (worked.contains(rest)) {
                    rest = rest.plusDays(1);
                }
                if (rest.isAfter(last)) {
                    break;
                }
            }
            kept.add(rest);
            from = rest.plusDays(1);
        }
        return kept;
    }
}
