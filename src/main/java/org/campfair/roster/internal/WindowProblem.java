package org.campfair.roster.internal;

import org.campfair.roster.model.Roster;

/**
 * A window re-plan's problem ({@link RosterWindow}) with the whole camp's it was cut from, in
 * the same state. The two share no planning entity, so the camp's can be scored while the
 * window is solved ({@link WindowSolve}).
 */
public record WindowProblem(Roster camp, Roster window) {
}
