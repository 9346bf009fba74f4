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
import org.campfair.roster.solver.RosterSolverConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roster benchmark, run by {@code ./mvnw -Pbench verify} only: for each camp size it
 * generates a camp, imports it, builds the greedy baseline and solves with the real solver
 * configuration, and prints one BENCH line. It prints numbers and asserts nothing about time.
 */
@BenchmarkContext
@DisabledIfSystemProperty(named = "bench.compare", matches = "true")
class RosterBenchmark {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterProblemLoader loader;

    @Test
    void printOneBenchLinePerCampSize() throws IOException {
        var settings = BenchSettings.fromSystemProperties();
        for (CampSize size : settings.sizes()) {
            long campId = BenchCamps.importGenerated(importer, size, settings.seed());

            Roster greedy = loader.load(campId);
            GreedyRoster.assign(greedy);
            var greedyFairness = Fairness.of(greedy);

            var config = RosterSolverConfig.create();
            var run = SolverRun.solve(config, loader.load(campId), Duration.ofSeconds(settings.seconds()));
            var fairness = Fairness.of(run.best());
            HardMediumSoftLongScore score = run.best().getScore();

            print("BENCH", String.format(Locale.ROOT, "size=%s participants=%d seats=%d seconds=%d feasible_s=%s"
                            + " hard=%d unfilled=%d fairness_sd=%.4f fairness_sd_lb=%.4f fairness_gap_pct=%.2f"
                            + " greedy_unfilled=%d greedy_fairness_gap_pct=%.2f score_calc_per_s=%d peak_heap_mb=%d",
                    size, run.best().getVolunteers().size(), run.best().getSeats().size(), settings.seconds(),
                    run.feasibleSecondsText(),
                    score.hardScore(), unfilledRequiredSeats(run.best()), fairness.sd(),
                    fairness.sdLowerBound(), fairness.gapPercent(), unfilledRequiredSeats(greedy),
                    greedyFairness.gapPercent(), run.scoreCalculationsPerSecond(), run.peakHeapMb()));
            var greedyScore = SolutionManager.create(SolverFactory.<Roster>create(config)).update(greedy);
            print("bench-detail", String.format(Locale.ROOT, "size=%s seed=%d complete_s=%s score=%s required_seats=%d"
                            + " assigned_hours=%.1f mean=%.4f greedy_score=%s greedy_assigned_hours=%.1f"
                            + " greedy_mean=%.4f greedy_sd=%.4f greedy_sd_lb=%.4f heap_in_use_peak_mb=%d max_heap_mb=%d",
                    size, settings.seed(), run.completeSecondsText(), score, run.best().getSeats().stream().filter(s -> s.isRequired()).count(),
                    fairness.assignedMinutes() / 60.0, fairness.mean(), greedyScore,
                    greedyFairness.assignedMinutes() / 60.0, greedyFairness.mean(), greedyFairness.sd(),
                    greedyFairness.sdLowerBound(), run.peakHeapInUseMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
    }

    static long unfilledRequiredSeats(Roster roster) {
        return roster.getSeats().stream().filter(seat -> seat.isRequired() && seat.getVolunteer() == null).count();
    }

    /** To the console and to target/bench/bench.txt, so a run's lines survive a scrolled terminal. */
    private static void print(String prefix, String line) throws IOException {
        System.out.println(prefix + " " + line);
        Files.createDirectories(BenchSettings.OUTPUT);
        Files.writeString(BenchSettings.OUTPUT.resolve("bench.txt"), prefix + " " + line + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
