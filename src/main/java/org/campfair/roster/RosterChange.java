package org.campfair.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the published roster and the working roster: a seat that someone
 * else now fills (or nobody), or a participant in another bed. Shown before re-publishing.
 */
public record RosterChange(
        Kind kind,
        @Nullable String task,
        @Nullable LocalDate day,
        @Nullable LocalTime start,
        @Nullable Integer seat,
        @Nullable String before,
        @Nullable String after) {

    public enum Kind {
        SEAT, BED
    }
}
