package org.campfair.roster;

/** How much one rule costs the roster in total, and how often it applies. */
public record ConstraintSummary(String constraint, String level, long cost, int matches) {
}
