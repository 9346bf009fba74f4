package org.campfair.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Draws the texts, lists and bytes that the seeded property tests feed to the importer. Lengths
 * lean towards the short end and the edges (empty, the fewest allowed, the most allowed) because
 * that is where parsers break, and so that the few very long inputs keep the run short.
 */
public final class RandomInputs {

    /** Where characters come from: one part of an alphabet (a range or a list of characters). */
    @FunctionalInterface
    public interface Chars {
        char draw(RandomGenerator random);

        static Chars range(char first, char last) {
            return random -> (char) random.nextInt(first, last + 1);
        }

        static Chars anyOf(String chars) {
            return random -> chars.charAt(random.nextInt(chars.length()));
        }

        /**
         * Any UTF-16 unit, lone surrogates and U+0000 included; one draw in eight is one of the
         * characters that trip decoders and parsers.
         */
        static Chars any() {
            Chars tricky = anyOf("\u0000 \uFEFF\uFFFF\uFFFE\uD800\uDBFF\uDC00\uDFFF\r\n\",");
            return random -> random.nextInt(8) == 0 ? tricky.draw(random) : (char) random.nextInt(0x10000);
        }
    }

    private RandomInputs() {
    }

    /**
     * A length from min to max, inclusive: the shortest one time in twenty and the longest one
     * time in twenty, within 32 of the shortest half the time, anywhere in between otherwise.
     */
    public static int length(RandomGenerator random, int min, int max) {
        int draw = random.nextInt(20);
        if (draw == 0) {
            return min;
        } else if (draw == 1) {
            return max;
        } else if (draw < 12) {
            return random.nextInt(min, Math.min(max, min + 32) + 1);
        }
        return random.nextInt(min, max + 1);
    }

    /** A text of min to max characters, each from one of the parts, every part equally likely. */
    public static String string(RandomGenerator random, int min, int max, Chars... parts) {
        int length = length(random, min, max);
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(parts[random.nextInt(parts.length)].draw(random));
        }
        return text.toString();
    }

    /** A text of min to max characters from the given ones. */
    public static String string(RandomGenerator random, int min, int max, String chars) {
        return string(random, min, max, Chars.anyOf(chars));
    }

    @SafeVarargs
    public static <T> T pick(RandomGenerator random, T... values) {
        return values[random.nextInt(values.length)];
    }

    public static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A list of min to max elements, each drawn by the supplier (from the same generator). */
    public static <T> List<T> list(RandomGenerator random, int min, int max, Supplier<T> element) {
        int size = length(random, min, max);
        var list = new ArrayList<T>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    public static byte[] bytes(RandomGenerator random, int maxLength) {
        byte[] bytes = new byte[length(random, 0, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }
}
