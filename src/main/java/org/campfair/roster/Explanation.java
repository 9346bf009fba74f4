package org.campfair.roster;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reason the roster costs what it costs, as a plain sentence an organizer can act on,
 * with who, which task and which day it concerns so it can be filtered.
 *
 * @param level HARD (a rule is broken), MEDIUM (seats or beds are missing) or SOFT (a wish or
 *     fairness cost; a negative cost is a reward)
 * @param cost the score this reason costs at its level
 */
public record Explanation(
        String level,
        String constraint,
        long cost,
        String sentence,
        List<String> nicknames,
        @Nullable String task,
        @Nullable LocalDate day) {
}
