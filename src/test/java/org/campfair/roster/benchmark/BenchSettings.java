package org.campfair.roster.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campfair.importing.generator.CampSize;

/** The -Dbench.* options of {@code ./mvnw -Pbench verify}; see docs/benchmark.md. */
record BenchSettings(List<CampSize> sizes, int seconds, long seed, List<SolverCandidate> configs,
        CampSize compareSize) {

    static final Path OUTPUT = Path.of("target", "bench");

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(list("bench.sizes", "S,M,L").stream().map(CampSize::valueOf).toList(),
                Integer.parseInt(System.getProperty("bench.seconds", "60")),
                Long.parseLong(System.getProperty("bench.seed", "1")),
                list("bench.config", "DEFAULT").stream().map(SolverCandidate::valueOf).toList(),
                CampSize.valueOf(System.getProperty("bench.compare.size", "M").toUpperCase(Locale.ROOT)));
    }

    /**
     * Camp weights from -Dbench.weights, e.g. {@code FAIR_WORKLOAD=10,LIKED_TASK=0}: the keys of
     * RosterWeights, stored for the generated camp as an organizer would set them.
     */
    static java.util.Map<String, Long> weights() {
        var weights = new java.util.LinkedHashMap<String, Long>();
        for (String pair : list("bench.weights", "")) {
            String[] parts = pair.split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("bench.weights takes KEY=WEIGHT pairs, got '" + pair + "'");
            }
            weights.put(parts[0].trim(), Long.parseLong(parts[1].trim()));
        }
        return weights;
    }

    /**
     * Whether -Dbench.exact=true asks for the exact fairness reference on this camp size: on the
     * sizes -Dbench.exact.sizes names, S alone by default, the one camp small enough to prove.
     */
    static boolean exact(CampSize size) {
        return Boolean.getBoolean("bench.exact") && list("bench.exact.sizes", "S").contains(size.name());
    }

    /** The configurations -Dbench.candidates names for the comparison, all of them by default. */
    static List<SolverCandidate> candidates() {
        return list("bench.candidates", String.join(",", Arrays.stream(SolverCandidate.values())
                .map(Enum::name).toList())).stream().map(SolverCandidate::valueOf).toList();
    }

    private static List<String> list(String property, String defaultValue) {
        return Arrays.stream(System.getProperty(property, defaultValue).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }
}
