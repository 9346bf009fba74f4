package org.campfair.backup;

/** A backup that could not be written (disk full, database away); nothing is left under a backup's name. */
public class BackupFailedException extends RuntimeException {

    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
