package org.campfair.backup.internal;

/**
 * A restore that did not happen, with a message saying why and what to do. Thrown before
 * anything is written, or from inside the restore transaction, which then leaves the
 * database as empty as it was; the app does not start.
 */
public class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }

    public RestoreRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
