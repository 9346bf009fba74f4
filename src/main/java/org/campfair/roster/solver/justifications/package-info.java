/**
 * Why the solver penalized a roster, one record per constraint. Each record carries just
 * what the explanation panel needs to say it in a plain sentence in the organizer's own
 * language (who, which task, which day, by how much), so no record holds sentences itself.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.roster.solver.justifications;
