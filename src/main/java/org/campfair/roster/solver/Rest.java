package org.campfair.roster.solver;

import java.time.Duration;

import org.campfair.roster.model.Shift;

/**
 * The hard rule of at least 10 hours between the end of one working day's shift and the start
 * of the next day's, for the phases and moves that keep it before the score sees a roster.
 */
final class Rest {

    static final long MINUTES = Duration.ofHours(10).toMinutes();

    private Rest() {
    }

    /** True when the two shifts fall on different days with less than 10 hours between them. */
    static boolean tooShort(Shift shift, Shift other) {
        if (shift.getDay().equals(other.getDay())) {
            return false;
        }
        Shift earlier = shift.getStart().isBefore(other.getStart()) ? shift : other;
        Shift later = earlier == shift ? other : shift;
        return earlier.minutesUntil(later) < MINUTES;
    }
}
