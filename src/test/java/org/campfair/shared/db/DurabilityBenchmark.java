package org.campfair.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.campfair.CampfairApplication;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterService.SolveLimits;
import org.campfair.roster.SolveState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What durable commits cost the embedded default: the same generated camp imported and
 * published on a kept data folder (fsync and synchronous commits on) and on a temporary one
 * (the library's fast settings), same disk, same app. Run with
 * {@code ./mvnw -Pbench verify -Dtest=DurabilityBenchmark -Dbench.durability=true
 * [-Dbench.sizes=L] [-Dbench.seed=1]}; prints one DURABILITY line per run and asserts nothing.
 */
@EnabledIfSystemProperty(named = "bench.durability", matches = "true")
class DurabilityBenchmark {

    @TempDir
    Path folder;

    @Test
    void importAndPublishDurablyAndNot() throws Exception {
        var size = CampSize.valueOf(System.getProperty("bench.sizes", "L").split(",")[0].toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(System.getProperty("bench.seed", "1"));
        Path camp = folder.resolve("camp");
        CampGenerator.generate(size, seed).writeTo(camp);
        // Twice each, alternating, so that a warm JIT or page cache favours neither.
        for (boolean durable : List.of(true, false, true, false)) {
            run(size, camp, durable ? Files.createTempDirectory(folder, "kept") : null);
        }
    }

    private static void run(CampSize size, Path camp, Path dataDir) throws Exception {
        try (var app = new SpringApplicationBuilder(CampfairApplication.class).properties(
                "server.port=0",
                "campfair.embedded-db.data-dir=" + (dataDir == null ? "" : dataDir.resolve("pgdata")),
                "campfair.data-dir=" + (dataDir == null ? "target/bench-data" : dataDir),
                "campfair.sample-camp.load=false",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN").run()) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "organizer", null, AuthorityUtils.createAuthorityList("ROLE_ORGANIZER")));
            var importer = app.getBean(CampImportService.class);
            var rosters = app.getBean(RosterService.class);

            long began = System.nanoTime();
            long campId = importer.importCamp(CampFiles.directory(camp));
            long importMs = millisSince(began);

            rosters.solve(campId, new SolveLimits(Duration.ofSeconds(20), Duration.ofSeconds(20)));
            while (rosters.status(campId).state() != SolveState.NOT_SOLVING) {
                Thread.sleep(200);
            }
            began = System.nanoTime();
            rosters.publish(campId);
            long publishMs = millisSince(began);

            System.out.printf("DURABILITY size=%s durable=%s import_ms=%d publish_ms=%d%n", size, dataDir != null,
                    importMs, publishMs);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
