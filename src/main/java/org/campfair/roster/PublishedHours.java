package org.campfair.roster;

/**
 * A participant's hours in the published roster beside those confirmed at check-in during the
 * camp: the planned minutes of all their shifts, the confirmed minutes of the shifts marked so
 * far, and how many of their shifts have started without a mark yet (those count as planned).
 */
public record PublishedHours(long plannedMinutes, long confirmedMinutes, int notConfirmedYet) {

    /** True once the camp's days have begun for this participant: something is marked or due. */
    public boolean hasStarted() {
        return confirmedMinutes > 0 || notConfirmedYet > 0;
    }
}
