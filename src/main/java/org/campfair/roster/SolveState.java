package org.campfair.roster;

/**
 * Whether a camp's roster is being solved. {@code INTERRUPTED}: the instance solving it stopped
 * (killed, restarted, cut off from the database) and the solve waits to resume, by itself, from
 * the best roster saved so far.
 */
public enum SolveState {
    NOT_SOLVING, SCHEDULED, SOLVING, INTERRUPTED
}
