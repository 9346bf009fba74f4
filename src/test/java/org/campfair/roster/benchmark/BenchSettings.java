package org.campfair.roster.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campfair.importing.generator.CampSize;

/** The -Dbench.* options of {@code ./mvnw -Pbench verify}; see docs/benchmark.md. */
record BenchSettings(List<CampSize> sizes, int seconds, long seed, CampSize compareSize) {

    static final Path OUTPUT = Path.of("target", "bench");

    static BenchSettings fromSystemProperties() {
        var sizes = Arrays.stream(System.getProperty("bench.sizes", "S,M,L").split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> CampSize.valueOf(s.toUpperCase(Locale.ROOT))).toList();
        return new BenchSettings(sizes, Integer.parseInt(System.getProperty("bench.seconds", "60")),
                Long.parseLong(System.getProperty("bench.seed", "1")),
                CampSize.valueOf(System.getProperty("bench.compare.size", "M").toUpperCase(Locale.ROOT)));
    }
}
