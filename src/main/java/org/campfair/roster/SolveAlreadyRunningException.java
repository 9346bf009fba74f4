package org.campfair.roster;

/** A camp is solved by one job at a time. */
public class SolveAlreadyRunningException extends RuntimeException {

    public SolveAlreadyRunningException(long campId) {
        super("Camp " + campId + " is already being solved; stop it or wait for it to finish");
    }
}
