package org.campfair.roster.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.roster.model.Roster;
import org.campfair.roster.solver.FirstFitBeds;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;

/**
 * The baseline: what an organizer does in a spreadsheet. Shifts are taken in order of their
 * start, and each empty seat goes to the first person on the list who is at camp and available,
 * has the task's skills, is not on an overlapping shift and stays within their hours for the
 * day. Minimum headcounts are filled first, for the whole camp, and only then the extra seats,
 * as an organizer would. Beds go first fit too, people with a private-room or step-free need
 * first, to a bed that meets their needs and the room's rule and is free on their nights.
 */
final class GreedyRoster {

    private final Map<Volunteer, List<Shift>> shiftsOf = new HashMap<>();
    private final Map<Volunteer, Map<LocalDate, Long>> minutesOf = new HashMap<>();

    private GreedyRoster() {
    }

    /** Fills the empty seats and beds of the roster in place; assigned and pinned ones stay. */
    static void assign(Roster roster) {
        var greedy = new GreedyRoster();
        roster.getSeats().stream().filter(seat -> seat.getVolunteer() != null).forEach(greedy::record);
        var inOrder = roster.getSeats().stream()
                .sorted(Comparator.comparing((Seat seat) -> seat.getShift().getStart())
                        .thenComparing(seat -> seat.getShift().getId()).thenComparing(Seat::getIndex))
                .toList();
        greedy.fill(inOrder.stream().filter(Seat::isRequired).toList(), roster.getVolunteers());
        greedy.fill(inOrder.stream().filter(seat -> !seat.isRequired()).toList(), roster.getVolunteers());
        assignBeds(roster);
    }

    private void fill(List<Seat> seats, List<Volunteer> volunteers) {
        for (Seat seat : seats) {
            if (seat.getVolunteer() != null || seat.isPinned()) {
                continue;
            }
            for (Volunteer volunteer : volunteers) {
                if (fits(volunteer, seat.getShift())) {
                    seat.setVolunteer(volunteer);
                    record(seat);
                    break;
                }
            }
        }
    }

    private boolean fits(Volunteer volunteer, Shift shift) {
        if (!volunteer.getSkills().containsAll(shift.getRequiredSkills())
                || !volunteer.isAvailable(shift.getStart(), shift.getEnd())) {
            return false;
        }
        long worked = minutesOf.getOrDefault(volunteer, Map.of()).getOrDefault(shift.getDay(), 0L);
        if (worked + shift.durationMinutes() > volunteer.getMaxHoursPerDay() * 60L) {
            return false;
        }
        return shiftsOf.getOrDefault(volunteer, List.of()).stream().noneMatch(other ->
                shift.getStart().isBefore(other.getEnd()) && other.getStart().isBefore(shift.getEnd()));
    }

    private void record(Seat seat) {
        Volunteer volunteer = seat.getVolunteer();
        Shift shift = seat.getShift();
        shiftsOf.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(shift);
        minutesOf.computeIfAbsent(volunteer, v -> new HashMap<>())
                .merge(shift.getDay(), shift.durationMinutes(), Long::sum);
    }

    static void assignBeds(Roster roster) {
        FirstFitBeds.assign(roster);
    }
}
