package org.campfair.roster.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterSolverConfig;
import org.campfair.roster.solver.RulesKept;

/**
 * {@link ExactReference} with CP-SAT ({@link ExactFairness}): for a solved roster, the fairest
 * roster by the hard rules alone (the reference for a run that weighs fairness only), and the
 * fairest that also breaks the gentle start and the days off no more often than the solved
 * roster does (the reference for a run at the default weights). Each fairest roster found is
 * put back into seats and checked by the product's own code: Timefold's score (no hard rule
 * broken, no required seat empty), {@link RulesKept} and {@link Fairness}, whose sd must be the
 * model's.
 */
final class CpSatReference implements ExactReference {

    private static final double NATIVE_LOAD_SECONDS = loadNativeLibraries();

    private final Duration limit = Duration.ofSeconds(Long.getLong("bench.exactSeconds", 120));
    private final int workers = Integer.getInteger("bench.exactWorkers", 8);

    @Override
    public List<String> compare(Roster solved) {
        var fairness = Fairness.of(solved);
        var kept = new ExactFairness.Kept(RulesKept.gentleStartMatches(solved),
                ExactFairness.gentleSteps(solved), RulesKept.daysPastFive(solved));
        List<String> lines = new ArrayList<>();
        // -Dbench.exactKeptOnly=true skips the hard-rules-only reference when only the default weights' one matters;
        // -Dbench.exactHardOnly=true skips the other, for a fairness-only run, whose breaches leave it hardly capped.
        var references = Boolean.getBoolean("bench.exactKeptOnly") ? List.of(kept)
                : Boolean.getBoolean("bench.exactHardOnly") ? List.of(ExactFairness.Kept.NOTHING)
                : List.of(ExactFairness.Kept.NOTHING, kept);
        for (var rules : references) {
            var outcome = FairestRoster.search(solved, rules, staff(solved), limit, workers);
            lines.add(line(solved, fairness, rules, outcome));
            if (!outcome.staff().isEmpty()) {
                RosterComparison.compare(solved, seated(solved, outcome.staff())).forEach(
                        compared -> lines.add("rules=" + rules.describe() + " compared " + compared));
            }
        }
        return lines;
    }

    private String line(Roster solved, Fairness fairness, ExactFairness.Kept rules, FairestRoster.Outcome outcome) {
        String checked = "exact_hard=none exact_unfilled=none exact_gentle_breaches=none exact_gentle_steps=none"
                + " exact_days_past_five=none";
        double exactSd = Double.NaN;
        if (!outcome.staff().isEmpty()) {
            Roster exact = seated(solved, outcome.staff());
            SolutionManager<Roster, HardMediumSoftLongScore> solutions =
                    SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
            HardMediumSoftLongScore score = solutions.update(exact);
            exactSd = Fairness.of(exact).sd();
            double modelSd = ExactFairness.sd(solved, outcome.objective());
            if (Math.abs(exactSd - modelSd) > 1e-9) {
                throw new IllegalStateException("The exact model's sd " + modelSd
                        + " is not the sd Fairness measures on its roster, " + exactSd);
            }
            checked = String.format(Locale.ROOT,
                    "exact_hard=%d exact_unfilled=%d exact_gentle_breaches=%d exact_gentle_steps=%d"
                            + " exact_days_past_five=%d",
                    score.hardScore(), RosterBenchmark.unfilledRequiredSeats(exact), RulesKept.gentleStartMatches(exact),
                    ExactFairness.gentleSteps(exact), RulesKept.daysPastFive(exact));
        }
        double boundSd = ExactFairness.sd(solved, outcome.bound());
        return String.format(Locale.ROOT, "rules=%s fairness_sd=%.4f mean=%.4f exact_sd=%.4f exact_bound_sd=%.4f"
                        + " exact_gap_pct=%.2f exact_bound_gap_pct=%.2f proven=%s exact_s=%.1f exact_limit_s=%d"
                        + " solves=%d workers=%d %s ortools_load_s=%.2f",
                rules.describe(), fairness.sd(), fairness.mean(), exactSd, boundSd, gap(fairness, exactSd),
                gap(fairness, boundSd), outcome.proven(), outcome.seconds(), limit.toSeconds(), outcome.solves(),
                workers, checked, NATIVE_LOAD_SECONDS);
    }

    /** Who holds a seat of each shift in {@code roster}. */
    static Map<Shift, List<Volunteer>> staff(Roster roster) {
        Map<Shift, List<Volunteer>> staff = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                staff.computeIfAbsent(seat.getShift(), shift -> new ArrayList<>()).add(seat.getVolunteer());
            }
        }
        return staff;
    }

    /** 100 x (sd - reference) / mean, the gap in % of the mean as the BENCH line reads it. */
    private static double gap(Fairness solved, double referenceSd) {
        return solved.mean() == 0 ? 0 : 100 * (solved.sd() - referenceSd) / solved.mean();
    }

    /** The solved roster with its seats dealt as the exact solution says, required seats first; beds as solved. */
    static Roster seated(Roster solved, Map<Shift, List<Volunteer>> staffed) {
        List<Seat> seats = new ArrayList<>();
        solved.getSeats().stream().sorted(Comparator.comparing((Seat seat) -> seat.getShift().getId())
                .thenComparingInt(Seat::getIndex)).forEach(seat -> {
                    var staff = staffed.getOrDefault(seat.getShift(), List.of());
                    seats.add(new Seat(seat.getId(), seat.getShift(), seat.getIndex(),
                            seat.getIndex() < staff.size() ? staff.get(seat.getIndex()) : null, seat.isPinned(),
                            seat.getOriginalVolunteer()));
                });
        return new Roster(solved.getCampId(), solved.getVolunteers(), solved.getShifts(), solved.getBeds(), seats,
                solved.getStays());
    }

    private static double loadNativeLibraries() {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        return (System.nanoTime() - start) / 1e9;
    }
}
