package org.campfair.roster;

/** Whether a camp's roster is being solved. */
public enum SolveState {
    NOT_SOLVING, SCHEDULED, SOLVING
}
