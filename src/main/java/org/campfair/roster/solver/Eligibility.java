package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * Whether a volunteer can take one more shift, by the rules a roster keeps before the score
 * sees it: the task's skills, being at camp and available, no overlap, 10 hours of rest
 * between working days, the hours agreed per day, and a newcomer's gentle start (nothing above
 * their intensity comfort, nothing heavy and at most one shift on their first two days). One
 * check for the construction ({@link FairStart}), the balance pass ({@link FairBalance}, whose
 * day flows ask it too), the fairness moves ({@link FairnessMoves}) and the move filters
 * ({@link EligibleMoves}); the gentle-start rule scores against the same
 * {@linkplain #ceiling intensity ceiling}. Days in a row are left to {@link DaysInARow}, since
 * each caller weighs them differently.
 */
final class Eligibility {

    /** How much of a newcomer's gentle start a caller keeps. */
    enum GentleStart {
        /**
         * Nothing above their comfort: what the construction keeps while it fills the required
         * seats; a second shift or heavy work on a first day is left to the local search, which
         * the gentle-start rule scores.
         */
        COMFORT,
        /** Nothing above their comfort, nothing heavy and at most one shift a day on their first two days. */
        FIRST_DAYS
    }

    private Eligibility() {
    }

    /**
     * Skills and availability, which no other seat changes; nobody (null) can take any seat.
     * Typed {@code Object} for the move filters, which see planning values.
     */
    static boolean canTake(@Nullable Object volunteer, Shift shift) {
        return volunteer == null || volunteer instanceof Volunteer v
                && v.getSkills().containsAll(shift.getRequiredSkills())
                && v.isAvailable(shift.getStart(), shift.getEnd());
    }

    /**
     * The heaviest work the volunteer takes on the day: anything for a returning participant;
     * a newcomer's comfort, and moderate at most on their first two days.
     */
    static Intensity ceiling(Volunteer volunteer, LocalDate day) {
        return ceiling(volunteer, day, GentleStart.FIRST_DAYS);
    }

    /** The ceiling as a caller keeping {@code gentleStart} reads it. */
    static Intensity ceiling(Volunteer volunteer, LocalDate day, GentleStart gentleStart) {
        if (volunteer.isReturning()) {
            return Intensity.HEAVY;
        }
        Intensity comfort = volunteer.getIntensityComfort();
        return gentleStart == GentleStart.FIRST_DAYS && volunteer.isInFirstTwoDays(day) && comfort == Intensity.HEAVY
                ? Intensity.MODERATE : comfort;
    }

    /**
     * Whether the volunteer can add {@code shift} to the shifts they keep: {@code keeps} maps
     * each of {@code held} to its shift, or to null for one they give up or no longer hold.
     * Skills and availability are checked apart ({@link #canTake}), once per shift where the
     * caller can.
     */
    static <T> boolean fits(Volunteer volunteer, Shift shift, List<T> held, Function<T, @Nullable Shift> keeps,
            GentleStart gentleStart) {
        return refusal(volunteer, shift, held, keeps, gentleStart) == null;
    }

    /**
     * The rule that keeps the volunteer from adding {@code shift} to the shifts they keep, or
     * null when none does: {@link #fits} with the reason, for people who ask why not.
     */
    static <T> @Nullable Rule refusal(Volunteer volunteer, Shift shift, List<T> held,
            Function<T, @Nullable Shift> keeps, GentleStart gentleStart) {
        boolean firstDays = gentleStart == GentleStart.FIRST_DAYS && !volunteer.isReturning()
                && volunteer.isInFirstTwoDays(shift.getDay());
        if (!shift.getIntensity().isWithin(ceiling(volunteer, shift.getDay(), gentleStart))) {
            return Rule.GENTLE_START;
        }
        long sameDay = shift.durationMinutes();
        for (T each : held) {
            Shift other = keeps.apply(each);
            if (other == null) {
                continue;
            }
            if (other.getDay().equals(shift.getDay())) {
                if (firstDays) {
                    return Rule.GENTLE_START;
                }
                sameDay += other.durationMinutes();
            }
            if (shift.overlaps(other)) {
                return Rule.OVERLAPPING_SHIFTS;
            }
            if (Rest.tooShort(shift, other)) {
                return Rule.REST_BETWEEN_SHIFTS;
            }
        }
        return sameDay <= volunteer.getMaxHoursPerDay() * 60L ? null : Rule.OVER_MAX_HOURS_PER_DAY;
    }
}
