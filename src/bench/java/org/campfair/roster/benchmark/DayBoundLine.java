package org.campfair.roster.benchmark;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.solver.RulesKept;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>With -Dbench.dayBound.parts=plan (or lp,plan) the line carries {@link PlanBound}'s whole-plan
 * bounds instead of (or after) those: {@code plan_bound} for any hours, {@code plan_bound_gentle}
 * keeping the gentle start, and (when the solved roster breaks it) {@code plan_bound_breaches_N}
 * breaking it no more often than the solved roster (or -Dbench.planBoundBreaches=N; parts=plan_gentle
 * and parts=plan_breaches compute one of the last two alone), each with the least {@code fairness_gap_pct} any such roster can read
 * (its own mean and rule-ignoring bound, not the solved roster's) and the interval of means where
 * that least gap sits; each runs for -Dbench.planBoundSeconds (300).
 */
final class DayBoundLine implements DayBoundReference {

    static {
        Loader.loadNativeLibraries();
    }

    private final Duration limit = Duration.ofSeconds(Long.getLong("bench.dayBoundSeconds", 120));
    private final Duration planLimit = Duration.ofSeconds(Long.getLong("bench.planBoundSeconds", 300));
    private final List<String> parts = Arrays.stream(System.getProperty("bench.dayBound.parts", "lp").split(","))
            .map(String::strip).toList();

    @Override
    public String describe(Roster solved) {
        var fairness = Fairness.of(solved);
        double hours = fairness.assignedMinutes() / 60.0;
        List<String> described = new ArrayList<>();
        if (parts.contains("lp")) {
            described.add(part("day_bound", solved, fairness, DayBound.Rules.ANY_HOURS));
            described.add(part("day_bound_same_hours", solved, fairness, new DayBound.Rules(hours, false)));
            described.add(part("day_bound_gentle", solved, fairness, new DayBound.Rules(hours, true)));
            described.add(part("day_bound_gentle_any_hours", solved, fairness, new DayBound.Rules(null, true)));
        }
        if (parts.contains("plan")) {
            described.add(planPart("plan_bound", solved, null));
        }
        if (parts.contains("plan") || parts.contains("plan_gentle")) {
            described.add(planPart("plan_bound_gentle", solved, 0));
        }
        // -Dbench.planBoundBreaches=N: the breaches allowed, in place of the solved roster's
        int breaches = Integer.getInteger("bench.planBoundBreaches", RulesKept.gentleStartMatches(solved));
        if ((parts.contains("plan") || parts.contains("plan_breaches")) && breaches > 0) {
            described.add(planPart("plan_bound_breaches_" + breaches, solved, breaches));
        }
        return String.join(" ", described);
    }

    private String planPart(String name, Roster solved, @Nullable Integer gentleBreaches) {
        long started = System.nanoTime();
        var bound = PlanBound.of(solved, gentleBreaches, planLimit);
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "%1$s_sd=%2$.4f %1$s_least_gap_pct=%3$.2f %1$s_at_mean=%4$.4f-%5$.4f"
                        + " %1$s_intervals=%6$d %1$s_classes=%7$d %1$s_plans=%8$d %1$s_abnormal=%9$d %1$s_s=%10$.1f",
                name, bound.sd(), bound.gapPct(), bound.from(), bound.to(), bound.intervals(), bound.classes(),
                bound.columns(), bound.abnormal(), seconds);
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
