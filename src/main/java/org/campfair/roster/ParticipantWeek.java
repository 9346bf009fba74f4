package org.campfair.roster;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One participant's camp in the working roster: their shifts, their hours per day at camp
 * against the camp's fair share (the mean over everyone), and their bed.
 */
public record ParticipantWeek(
        long participantId,
        String nickname,
        LocalDate arrivesOn,
        LocalDate departsOn,
        List<WorkedShift> shifts,
        long minutes,
        double fairHoursPerDay,
        RosterStay stay) {

    public ParticipantWeek {
        shifts = List.copyOf(shifts);
    }

    /** Days at camp, arrival and departure included, as fairness counts them. */
    public int daysAtCamp() {
        return (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(arrivesOn, departsOn) + 1);
    }

    public double hoursPerDay() {
        return minutes / 60.0 / daysAtCamp();
    }

    public List<WorkedShift> shiftsOn(LocalDate day) {
        return shifts.stream().filter(s -> s.shift().day().equals(day)).toList();
    }

    /** True on the nights the participant sleeps at camp (arrival up to departure). */
    public boolean sleepsAtCampOn(LocalDate night) {
        LocalDate end = departsOn.isAfter(arrivesOn) ? departsOn : arrivesOn.plusDays(1);
        return !night.isBefore(arrivesOn) && night.isBefore(end);
    }

    /** A shift the participant works, and the seat they hold on it. */
    public record WorkedShift(RosterShift shift, int seat, boolean pinned) {

        public long minutes() {
            return java.time.Duration.between(shift.start(), shift.end()).toMinutes();
        }
    }

    /** Never null for a participant of the camp; the bed fields of the stay may be. */
    public @Nullable String bedName() {
        return stay.hasBed() ? stay.house() + " · " + stay.room() + " · " + stay.bed() : null;
    }
}
