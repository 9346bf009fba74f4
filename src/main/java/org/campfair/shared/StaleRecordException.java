package org.campfair.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the same record after it was read: the caller must reload and retry
 * instead of overwriting their change.
 */
public class StaleRecordException extends OptimisticLockingFailureException {

    public StaleRecordException(String what, long id) {
        super(what + " " + id + " was changed by someone else in the meantime; reload it and try again");
    }

    /**
     * For an update or delete guarded by {@code version = ?}: no row changed means someone saved
     * or deleted the record since it was read.
     */
    public static void requireChanged(int rowsChanged, String what, long id) {
        if (rowsChanged == 0) {
            throw new StaleRecordException(what, id);
        }
    }
}
