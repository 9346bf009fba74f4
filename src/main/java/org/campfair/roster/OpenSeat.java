package org.campfair.roster;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A seat of a published shift that nobody holds, neither in the published roster nor in the
 * organizers' working roster, and that the participant may take by every hard rule.
 *
 * @param seat the lowest free seat of the shift now; taking it takes whichever is free then
 * @param required a seat the shift cannot run without (below its minimum headcount)
 * @param hoursPerDayAfter the participant's shift hours per day at camp with this one taken
 * @param fairShareAfter the camp's mean hours per day at camp with this one taken
 */
public record OpenSeat(long shiftId, int seat, String task, String site, LocalDate day, LocalTime start,
        LocalTime end, boolean required, double hoursPerDayAfter, double fairShareAfter) {
}
