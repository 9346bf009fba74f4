package org.campfair.roster;

/** How much one participant works, per day they are at camp: the measure of fairness. */
public record WorkShare(String nickname, boolean newcomer, long minutes, int daysAtCamp) {

    public double hoursPerDay() {
        return minutes / 60.0 / daysAtCamp;
    }
}
