package org.campfair.roster;

import java.time.LocalDate;
import java.util.List;

/** The working roster of a camp: every shift with its seats, and every stay with its bed. */
public record CampRoster(long campId, List<RosterShift> shifts, List<RosterStay> stays) {

    public List<RosterShift> shiftsOn(LocalDate day) {
        return shifts.stream().filter(s -> s.day().equals(day)).toList();
    }

    public long unfilledBelowMinimum() {
        return shifts.stream().mapToLong(RosterShift::unfilledBelowMinimum).sum();
    }
}
