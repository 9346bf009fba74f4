package org.campfair.roster.benchmark;

import com.google.ortools.Loader;
import java.util.Locale;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;

/**
 * {@link DayBoundReference} with {@link DayBound}. {@code day_bound_gap_pct} is
 * {@code 100 x (day_bound_sd - fairness_sd_lb) / mean} with the solved roster's mean and
 * rule-ignoring bound, the same formula as {@code fairness_gap_pct}: the least
 * {@code fairness_gap_pct} any roster handing out the same hours can read while keeping the
 * rules the bound keeps (the bound holds for every total, so also for this one).
 */
final class DayBoundLine implements DayBoundReference {

    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public String describe(Roster solved) {
        long started = System.nanoTime();
        var bound = DayBound.of(solved);
        double seconds = (System.nanoTime() - started) / 1e9;
        var fairness = Fairness.of(solved);
        double gap = fairness.mean() == 0 ? 0 : 100 * (bound.sd() - fairness.sdLowerBound()) / fairness.mean();
        return String.format(Locale.ROOT, "day_bound_sd=%.4f day_bound_gap_pct=%.2f day_bound_relaxed_sd=%.4f"
                        + " day_bound_rounds=%d day_bound_classes=%d day_bound_s=%.1f day_bound_valid=%s",
                bound.sd(), gap, bound.relaxedSd(), bound.rounds(), bound.classes(), seconds,
                bound.sd() <= fairness.sd() + 1e-9);
    }
}
