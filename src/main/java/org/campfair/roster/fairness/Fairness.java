package org.campfair.roster.fairness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;

/**
 * How evenly a roster shares the work: every participant's shift hours per available day
 * (people without a shift count with zero, or an idle roster would look fair), their mean and
 * population standard deviation, and the lowest standard deviation any roster handing out the
 * same hours could reach ({@link FairnessLowerBound}).
 *
 * <p>The bound takes the hours this roster actually assigns, not the hours of the minimum
 * headcounts: the standard deviation depends on how much work is shared out, so a roster that
 * fills optional seats must be compared with the best roster that shares out as much.
 */
public record Fairness(int participants, long assignedMinutes, double mean, double sd, double sdLowerBound) {

    public static Fairness of(Roster roster) {
        Map<Volunteer, Long> minutes = workedMinutes(roster);
        List<Volunteer> volunteers = roster.getVolunteers();
        double[] hoursPerDay = volunteers.stream()
                .mapToDouble(v -> minutes.getOrDefault(v, 0L) / 60.0 / v.availableDays())
                .toArray();
        int[] days = volunteers.stream().mapToInt(Volunteer::availableDays).toArray();
        long assigned = minutes.values().stream().mapToLong(Long::longValue).sum();
        long unit = unitMinutes(roster.getShifts());
        double mean = mean(hoursPerDay);
        return new Fairness(volunteers.size(), assigned, mean, sd(hoursPerDay, mean),
                FairnessLowerBound.sd(days, unit == 0 ? 0 : assigned / unit, unit / 60.0));
    }

    /**
     * Minutes of shifts per volunteer who has any, confirmed minutes for seats marked at
     * check-in ({@link Seat#workedMinutes}); volunteers without shifts are absent.
     */
    public static Map<Volunteer, Long> workedMinutes(Roster roster) {
        Map<Volunteer, Long> minutes = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                minutes.merge(seat.getVolunteer(), seat.workedMinutes(), Long::sum);
            }
        }
        return minutes;
    }

    /** 100 x (sd - its lower bound) / mean: how far from the fairest possible, in % of the mean. */
    public double gapPercent() {
        double gap = mean == 0 ? 0 : 100 * (sd - sdLowerBound) / mean;
        // A roster that reaches the bound can land a rounding error below it.
        return gap < 0 && gap > -1e-6 ? 0 : gap;
    }

    /** g, the greatest common divisor of the shift lengths: no one's hours can differ by less. */
    static long unitMinutes(List<Shift> shifts) {
        long g = 0;
        for (Shift shift : shifts) {
            g = gcd(g, shift.durationMinutes());
        }
        return g;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double sd(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return values.length == 0 ? 0 : Math.sqrt(squares / values.length);
    }
}
