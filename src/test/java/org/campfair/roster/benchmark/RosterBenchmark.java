package org.campfair.roster.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.solver.RosterSolverConfig;
import org.campfair.roster.solver.RulesKept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roster benchmark, run by {@code ./mvnw -Pbench verify} only: for each camp size it
 * generates a camp, imports it, builds the greedy baseline, solves with the real solver
 * configuration (or the ones -Dbench.config names) and prints one BENCH line, then a
 * bench-detail line with what the BENCH line has no room for. The BENCH line also counts the
 * rules fairness is traded against, days past five in a row and gentle-start breaches, from
 * the roster itself ({@link RulesKept}), so they read the same whatever weights a run sets.
 * With -Dbench.exact=true, bench-exact lines set the roster's sd beside the fairest the hard
 * rules allow, proven exactly ({@link ExactReference}); with -Dbench.dayBound=true the bench-detail
 * line ends with a lower bound that sees each day's seats and days off ({@link DayBoundReference}).
 * It asserts nothing about time.
 */
@BenchmarkContext
@DisabledIfSystemProperty(named = "bench.compare", matches = "true")
class RosterBenchmark {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterProblemLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void printOneBenchLinePerCampSize() throws IOException {
        var settings = BenchSettings.fromSystemProperties();
        for (CampSize size : settings.sizes()) {
            long campId = BenchCamps.importGenerated(importer, size, settings.seed());
            BenchSettings.weights().forEach((key, weight) -> jdbc.sql(
                    "insert into camp_constraint_weight (camp_id, constraint_name, weight) values (?, ?, ?)")
                    .params(campId, key, weight).update());
            Roster greedy = loader.load(campId);
            GreedyRoster.assign(greedy);
            SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create())).update(greedy);
            for (SolverCandidate candidate : settings.configs()) {
                var run = SolverRun.solve(candidate.config(), loader.load(campId),
                        Duration.ofSeconds(settings.seconds()));
                print("BENCH " + benchLine(size, settings, run, greedy));
                // -Dbench.dayBound=true adds the day-capacity bound (DayBoundReference) to the detail line.
                print("bench-detail " + detailLine(size, settings, candidate, run, greedy)
                        + (Boolean.getBoolean("bench.dayBound") ? " " + DayBoundReference.load().describe(run.best()) : ""));
                print("bench-soft size=" + size + " config=" + candidate + " " + softLine(run.best()));
                if (!BenchSettings.weights().isEmpty()) {
                    print("bench-soft-default-weights size=" + size + " config=" + candidate + " "
                            + softLine(run.best().atDefaultWeights()));
                }
                if (Boolean.getBoolean("bench.dump")) {
                    RosterDump.write(run.best(), BenchSettings.OUTPUT.resolve("rosters").resolve(size + "-" + candidate));
                }
                if (BenchSettings.exact(size)) {
                    for (String line : ExactReference.load().compare(run.best())) {
                        print("bench-exact size=" + size + " config=" + candidate + " " + line);
                    }
                }
            }
        }
    }

    static long unfilledRequiredSeats(Roster roster) {
        return roster.getSeats().stream().filter(seat -> seat.isRequired() && seat.getVolunteer() == null).count();
    }

    private static String benchLine(CampSize size, BenchSettings settings, SolverRun run, Roster greedy) {
        Roster best = run.best();
        var fairness = Fairness.of(best);
        HardMediumSoftLongScore score = best.getScore();
        return String.format(Locale.ROOT, "size=%s participants=%d seats=%d seconds=%d feasible_s=%s hard=%d"
                        + " unfilled=%d fairness_sd=%.4f fairness_sd_lb=%.4f fairness_gap_pct=%.2f greedy_unfilled=%d"
                        + " greedy_fairness_gap_pct=%.2f days_past_five=%d gentle_breaches=%d score_calc_per_s=%d"
                        + " peak_heap_mb=%d",
                size, best.getVolunteers().size(), best.getSeats().size(), settings.seconds(),
                run.feasibleSecondsText(), score.hardScore(), unfilledRequiredSeats(best), fairness.sd(),
                fairness.sdLowerBound(), fairness.gapPercent(), unfilledRequiredSeats(greedy),
                Fairness.of(greedy).gapPercent(), RulesKept.daysPastFive(best), RulesKept.gentleStartMatches(best),
                run.scoreCalculationsPerSecond(), run.peakHeapMb());
    }

    private static String detailLine(CampSize size, BenchSettings settings, SolverCandidate candidate, SolverRun run,
            Roster greedy) {
        var fairness = Fairness.of(run.best());
        var greedyFairness = Fairness.of(greedy);
        return String.format(Locale.ROOT, "size=%s config=%s seed=%d complete_s=%s complete_gap_pct=%s score=%s required_seats=%d"
                        + " assigned_hours=%.1f mean=%.4f greedy_score=%s greedy_assigned_hours=%.1f greedy_mean=%.4f"
                        + " greedy_sd=%.4f greedy_sd_lb=%.4f heap_in_use_peak_mb=%d max_heap_mb=%d weights=%s",
                size, candidate, settings.seed(), run.completeSecondsText(), run.completeGapText(), run.best().getScore(),
                run.best().getSeats().stream().filter(Seat::isRequired).count(), fairness.assignedMinutes() / 60.0,
                fairness.mean(), greedy.getScore(), greedyFairness.assignedMinutes() / 60.0, greedyFairness.mean(),
                greedyFairness.sd(), greedyFairness.sdLowerBound(), run.peakHeapInUseMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), BenchSettings.weights().isEmpty() ? "default"
                        : BenchSettings.weights().toString().replace(" ", ""));
    }

    /**
     * Each soft rule's share of the score and its number of matches, so a run shows what
     * fairness was traded against (and that gentle start held).
     */
    private static String softLine(Roster best) {
        SolutionManager<Roster, HardMediumSoftLongScore> solutions =
                SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
        var analysis = solutions.analyze(best);
        return analysis.constraintMap().values().stream()
                .filter(constraint -> constraint.score().softScore() != 0)
                .map(constraint -> constraint.constraintRef().constraintName().replace(' ', '_') + "="
                        + constraint.score().softScore() + "/" + constraint.matchCount())
                .sorted()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** To the console and to target/bench/bench.txt, so a run's lines survive a scrolled terminal. */
    private static void print(String line) throws IOException {
        System.out.println(line);
        Files.createDirectories(BenchSettings.OUTPUT);
        Files.writeString(BenchSettings.OUTPUT.resolve("bench.txt"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
