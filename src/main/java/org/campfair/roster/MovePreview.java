package org.campfair.roster;

import java.util.List;

/**
 * What a hand edit would do to the roster before it is confirmed: the score now and after,
 * each rule whose cost changes, and the reasons (as sentences) the edit adds or removes.
 *
 * @param undo the roster as it is now, as the move that would restore it; applying checks
 *     that nobody changed these seats and beds in the meantime
 */
public record MovePreview(
        RosterMove move,
        RosterMove undo,
        String scoreBefore,
        String scoreAfter,
        boolean feasibleAfter,
        List<ConstraintChange> constraints,
        List<Explanation> added,
        List<Explanation> removed) {

    public MovePreview {
        constraints = List.copyOf(constraints);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** True when the move breaks a hard rule that the roster did not break before. */
    public boolean breaksHardRules() {
        return constraints.stream().anyMatch(c -> c.level().equals("HARD") && c.costChange() > 0);
    }

    /**
     * One rule whose cost the move changes.
     *
     * @param costChange how much more the rule costs at its level after the move (negative: less)
     */
    public record ConstraintChange(String constraint, String level, long costChange, int matchesBefore,
            int matchesAfter) {
    }
}
