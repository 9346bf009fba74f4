package org.campfair.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.roster.solver.RosterWeights;

/** Empty camps for the tests of a camp's rule weights, and the weight a camp gives one rule. */
public final class WeighedCamps {

    private WeighedCamps() {
    }

    /** A fortnight in August with nothing in it yet; the name is made unique. */
    public static long newCamp(CampService camps, String name) {
        return camps.create(new CampDraft(name + " " + System.nanoTime(), LocalDate.of(2028, 8, 2),
                LocalDate.of(2028, 8, 15), ZoneId.of("Asia/Tokyo"), "en")).id();
    }

    public static long weightOf(RuleWeightService weights, long campId, RosterWeights rule) {
        return weights.weights(campId).stream().filter(weight -> weight.rule() == rule)
                .mapToLong(RuleWeight::weight).findFirst().orElseThrow();
    }
}
