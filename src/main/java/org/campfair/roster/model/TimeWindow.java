package org.campfair.roster.model;

import java.time.LocalDateTime;

/** A half-open period of time [start, end), such as a volunteer's day off. */
public record TimeWindow(LocalDateTime start, LocalDateTime end) {

    /** True when this window and the half-open period [s, e) share at least one moment. */
    public boolean overlaps(LocalDateTime s, LocalDateTime e) {
        return start.isBefore(e) && s.isBefore(end);
    }
}
