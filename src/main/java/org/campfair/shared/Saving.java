package org.campfair.shared;

import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * How a set-up record (a house, a site, a shift...) is saved: one whose id is 0 is new and
 * inserted, any other is updated in place, guarded by its version.
 */
public final class Saving {

    private Saving() {
    }

    /** Inserts or updates the record and returns its id: the new one, or the one it had. */
    public static <T> long insertOrUpdate(T record, ToLongFunction<T> idOf, ToLongFunction<T> insert,
            Consumer<T> update) {
        long id = idOf.applyAsLong(record);
        if (id == 0) {
            return insert.applyAsLong(record);
        }
        update.accept(record);
        return id;
    }
}
