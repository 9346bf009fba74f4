package org.campfair.importing;

import java.util.Random;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Runs a property over generated inputs as JUnit dynamic tests, one per case, each drawn from
 * its own seed. We write this small runner instead of using a property-testing library: the one
 * these tests used asks, since its 1.10 release, not to be used with AI coding assistants, and the
 * other Java ones (junit-quickcheck, QuickTheories) are no longer maintained. There is no
 * shrinking; instead each case's display name and failure message carry its seed, which
 * reproduces its input exactly. (Maven's console names a dynamic test by its index only, hence the
 * seed in the message too.)
 *
 * <p>The same seeds run every time, so a CI failure repeats on any machine. Two system
 * properties (Maven passes {@code -D} options on to the tests):
 * <ul>
 * <li>{@code -Dcampfair.test.seed=<seed>} runs only the case with that seed, to replay a failure;
 * <li>{@code -Dcampfair.test.base-seed=<number>} draws other cases than the usual ones, to explore.
 * </ul>
 */
public final class SeededCases {

    static final String SEED = "campfair.test.seed";
    static final String BASE_SEED = "campfair.test.base-seed";
    private static final long DEFAULT_BASE_SEED = 20261205L;

    private SeededCases() {
    }

    /**
     * {@code count} cases of the property: each draws its input from a fresh {@link Random} on
     * the case's seed ({@link Random} is specified to give the same numbers on every JVM), then
     * checks it. Inputs are drawn when a case runs, so huge ones are not all held at once.
     */
    public static <T> Stream<DynamicTest> of(String property, int count, Function<RandomGenerator, T> input,
            ThrowingConsumer<T> check) {
        String replay = System.getProperty(SEED);
        if (replay != null && !replay.isBlank()) {
            long seed = Long.parseLong(replay.strip());
            return Stream.of(test(property + " replay seed=" + seed, seed, input, check));
        }
        // A property's cases follow from the base seed and its name, so adding a property or
        // changing another's count leaves them as they were.
        var seeds = new Random(Long.getLong(BASE_SEED, DEFAULT_BASE_SEED) * 31 + property.hashCode());
        long[] caseSeeds = seeds.longs(count).toArray();
        return IntStream.range(0, count).mapToObj(index -> test(
                property + " #" + index + " seed=" + caseSeeds[index], caseSeeds[index], input, check));
    }

    private static <T> DynamicTest test(String name, long seed, Function<RandomGenerator, T> input,
            ThrowingConsumer<T> check) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                check.accept(input.apply(new Random(seed)));
            } catch (AssertionError | Exception failure) {
                throw new AssertionError(name + " failed (replay with -D" + SEED + "=" + seed + "): " + failure,
                        failure);
            }
        });
    }
}
