package org.campfair.roster;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One participant's camp in the working roster: their shifts, their hours per day at camp
 * against the camp's fair share (the mean over everyone), and their bed. During the camp
 * {@code minutes} counts the hours confirmed at check-in for marked shifts, as fairness does,
 * and the planned hours for the others.
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

    public long plannedMinutes() {
        return shifts.stream().mapToLong(WorkedShift::minutes).sum();
    }

    /** Minutes confirmed at check-in so far, over the marked shifts only. */
    public long confirmedMinutes() {
        return shifts.stream().filter(WorkedShift::isConfirmed).mapToLong(WorkedShift::countedMinutes).sum();
    }

    /** Shifts that have started but nobody has marked yet; they count as planned. */
    public long notConfirmedYet() {
        return shifts.stream().filter(WorkedShift::notConfirmedYet).count();
    }

    /**
     * A shift the participant works, the seat they hold on it, whether it has started, and the
     * minutes confirmed for it at check-in (null while nobody marked it).
     */
    public record WorkedShift(RosterShift shift, int seat, boolean pinned, boolean started,
            @Nullable Integer confirmedMinutes) {

        /** The planned minutes. */
        public long minutes() {
            return java.time.Duration.between(shift.start(), shift.end()).toMinutes();
        }

        public boolean isConfirmed() {
            return confirmedMinutes != null;
        }

        /** What fairness counts: the confirmed minutes once marked, the planned ones until then. */
        public long countedMinutes() {
            return confirmedMinutes == null ? minutes() : confirmedMinutes;
        }

        public boolean notConfirmedYet() {
            return started && confirmedMinutes == null;
        }
    }

    /** Never null for a participant of the camp; the bed fields of the stay may be. */
    public @Nullable String bedName() {
        return stay.hasBed() ? stay.house() + " · " + stay.room() + " · " + stay.bed() : null;
    }
}
