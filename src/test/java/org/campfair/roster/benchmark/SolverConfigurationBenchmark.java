package org.campfair.roster.benchmark;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.campfair.importing.CampImportService;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.RosterProblemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Compares solver configurations on one generated camp (M unless -Dbench.compare.size says
 * otherwise), only with {@code -Dbench.compare=true}. First one COMPARE line per configuration
 * with the benchmark's own measures (fairness gap, unfilled seats), then Timefold's benchmark
 * report of the same configurations under target/benchmark-report (scores over time, score
 * calculation speed). Timefold's report cannot show the fairness gap, hence the two passes.
 */
@BenchmarkContext
@EnabledIfSystemProperty(named = "bench.compare", matches = "true")
class SolverConfigurationBenchmark {

    static final File REPORT_DIRECTORY = new File("target/benchmark-report");

    @Autowired
    CampImportService importer;
    @Autowired
    RosterProblemLoader loader;

    @Test
    void compareSolverConfigurations() throws IOException {
        var settings = BenchSettings.fromSystemProperties();
        long campId = BenchCamps.importGenerated(importer, settings.compareSize(), settings.seed());
        var limit = Duration.ofSeconds(settings.seconds());
        for (SolverCandidate candidate : BenchSettings.candidates()) {
            var run = SolverRun.solve(candidate.config(), loader.load(campId), limit);
            var fairness = Fairness.of(run.best());
            print(String.format(Locale.ROOT, "COMPARE config=%s size=%s seconds=%d feasible_s=%s complete_s=%s"
                            + " score=%s unfilled=%d fairness_sd=%.4f fairness_sd_lb=%.4f fairness_gap_pct=%.2f"
                            + " assigned_hours=%.1f score_calc_per_s=%d peak_heap_mb=%d",
                    candidate, settings.compareSize(), settings.seconds(), run.feasibleSecondsText(),
                    run.completeSecondsText(), run.best().getScore(), RosterBenchmark.unfilledRequiredSeats(run.best()),
                    fairness.sd(), fairness.sdLowerBound(), fairness.gapPercent(), fairness.assignedMinutes() / 60.0,
                    run.scoreCalculationsPerSecond(), run.peakHeapMb()));
        }
        if (!Boolean.getBoolean("bench.compare.skipReport")) {
            File reports = PlannerBenchmarkFactory.create(benchmarkConfig(limit))
                    .buildPlannerBenchmark(loader.load(campId)).benchmark();
            print("COMPARE report=" + latestReport(reports));
        }
    }

    private static PlannerBenchmarkConfig benchmarkConfig(Duration limit) {
        var solvers = BenchSettings.candidates().stream().map(candidate -> new SolverBenchmarkConfig()
                        .withName(candidate.name())
                        .withSolverConfig(candidate.config().withTerminationConfig(
                                new TerminationConfig().withSpentLimit(limit))))
                .toList();
        return new PlannerBenchmarkConfig()
                .withName("Campfair solver configurations")
                .withBenchmarkDirectory(REPORT_DIRECTORY)
                .withWarmUpSecondsSpentLimit(0L)
                .withInheritedSolverBenchmarkConfig(new SolverBenchmarkConfig().withSubSingleCount(1)
                        .withProblemBenchmarksConfig(new ProblemBenchmarksConfig().withProblemStatisticTypes(
                                ProblemStatisticType.BEST_SCORE, ProblemStatisticType.STEP_SCORE,
                                ProblemStatisticType.SCORE_CALCULATION_SPEED,
                                ProblemStatisticType.MOVE_COUNT_PER_TYPE)))
                .withSolverBenchmarkConfigList(solvers);
    }

    /** Each run writes its report into a new folder named by its start time. */
    private static String latestReport(File reports) {
        return Arrays.stream(reports.listFiles(File::isDirectory)).map(File::getName).max(String::compareTo)
                .map(name -> new File(new File(reports, name), "index.html").getPath()).orElse(reports.getPath());
    }

    private static void print(String line) throws IOException {
        System.out.println(line);
        Files.createDirectories(BenchSettings.OUTPUT);
        Files.writeString(BenchSettings.OUTPUT.resolve("compare.txt"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
