package org.campfair.roster;

import java.util.Map;
import org.campfair.roster.solver.RosterWeights;

/**
 * How much of each soft rule a roster has, counted in the rule's own unit (days past five in
 * a row, 100 m walked per shift, houses opened, ...), how unevenly it shares the work (the
 * mean and standard deviation of hours per day at camp, as the fairness chart shows them), and
 * how many days at camp its participants have in all, so that amounts read per person and day.
 */
public record RuleAmounts(Map<RosterWeights, Long> amounts, double meanHoursPerDay, double spreadHoursPerDay,
        long personDays) {

    /** A camp with no roster yet. */
    public static final RuleAmounts NONE = new RuleAmounts(Map.of(), 0, 0, 0);

    public boolean isEmpty() {
        return amounts.isEmpty();
    }
}
