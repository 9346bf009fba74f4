package org.campfair.roster.benchmark;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.Locale;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;

/**
 * {@link DayBoundReference} with {@link DayBound}, four times: {@code day_bound} for rosters
 * handing out any number of hours, {@code day_bound_same_hours} for those handing out the solved
 * roster's hours, {@code day_bound_gentle} for those that also keep the gentle start, and
 * {@code day_bound_gentle_any_hours} for those keeping it with any number of hours. Each
 * {@code _gap_pct} is {@code 100 x (sd - fairness_sd_lb) / mean} with the solved roster's mean and
 * rule-ignoring bound, the formula of {@code fairness_gap_pct}: the least {@code fairness_gap_pct}
 * a roster handing out the roster's hours can read while keeping those rules. Below 0 it means the
 * bound is weaker than the rule-ignoring one. Each solve stops at -Dbench.dayBoundSeconds (120),
 * still a valid bound. All of them hold only for rosters with no day past five.
 */
final class DayBoundLine implements DayBoundReference {

    static {
        Loader.loadNativeLibraries();
    }

    private final Duration limit = Duration.ofSeconds(Long.getLong("bench.dayBoundSeconds", 120));

    @Override
    public String describe(Roster solved) {
        var fairness = Fairness.of(solved);
        double hours = fairness.assignedMinutes() / 60.0;
        return part("day_bound", solved, fairness, DayBound.Rules.ANY_HOURS)
                + " " + part("day_bound_same_hours", solved, fairness, new DayBound.Rules(hours, false))
                + " " + part("day_bound_gentle", solved, fairness, new DayBound.Rules(hours, true))
                + " " + part("day_bound_gentle_any_hours", solved, fairness, new DayBound.Rules(null, true));
    }

    private String part(String name, Roster solved, Fairness fairness, DayBound.Rules rules) {
        long started = System.nanoTime();
        var bound = DayBound.of(solved, rules, limit);
        double seconds = (System.nanoTime() - started) / 1e9;
        double gap = fairness.mean() == 0 ? 0 : 100 * (bound.sd() - fairness.sdLowerBound()) / fairness.mean();
        return String.format(Locale.ROOT, "%1$s_sd=%2$.4f %1$s_gap_pct=%3$.2f %1$s_relaxed_sd=%4$.4f %1$s_rounds=%5$d"
                        + " %1$s_classes=%6$d %1$s_s=%7$.1f",
                name, bound.sd(), gap, bound.relaxedSd(), bound.rounds(), bound.classes(), seconds);
    }
}
