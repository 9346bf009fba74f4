package org.campfair.roster;

/**
 * How much one participant works, per day they are at camp: the measure of fairness.
 * {@code minutes} is what fairness counts: the hours confirmed at check-in for seats marked
 * during the camp, the planned hours for every other seat. {@code plannedMinutes} is the plan
 * alone, {@code confirmedMinutes} the marked seats alone, and {@code notConfirmedYet} the seats
 * whose shift has started but that nobody has marked (they count as planned).
 */
public record WorkShare(String nickname, boolean newcomer, long minutes, int daysAtCamp, long plannedMinutes,
        long confirmedMinutes, int notConfirmedYet) {

    /** A share before the camp runs: nothing confirmed, everything as planned. */
    public WorkShare(String nickname, boolean newcomer, long minutes, int daysAtCamp) {
        this(nickname, newcomer, minutes, daysAtCamp, minutes, 0, 0);
    }

    public double hoursPerDay() {
        return minutes / 60.0 / daysAtCamp;
    }

    public double plannedHoursPerDay() {
        return plannedMinutes / 60.0 / daysAtCamp;
    }

    /** True when check-ins moved this share away from the plan. */
    public boolean differsFromPlan() {
        return minutes != plannedMinutes;
    }
}
