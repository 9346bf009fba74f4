package org.campfair.roster.solver;

import java.util.List;
import java.util.function.Function;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Whether a participant may take one more shift by themselves, as the solver's heuristics
 * decide it ({@link Eligibility}, the one check they share): skills, being at camp and
 * available, no overlap, rest, the hours agreed per day, and a newcomer's whole gentle start
 * (which the score only weighs, but a participant's own choice must not overrule).
 */
public final class SeatEligibility {

    private SeatEligibility() {
    }

    /** The first rule the volunteer would break by adding {@code shift} to {@code held}, or null. */
    public static @Nullable Rule refusal(Volunteer volunteer, Shift shift, List<Shift> held) {
        if (!volunteer.hasSkills(shift.getRequiredSkills())) {
            return Rule.MISSING_SKILL;
        }
        if (!Eligibility.canTake(volunteer, shift)) {
            return Rule.OUTSIDE_AVAILABILITY;
        }
        return Eligibility.refusal(volunteer, shift, held, Function.<Shift>identity(),
                Eligibility.GentleStart.FIRST_DAYS);
    }
}
