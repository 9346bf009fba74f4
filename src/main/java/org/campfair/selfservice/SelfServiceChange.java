package org.campfair.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One change a participant made themselves, by nickname: what, which shift, when, and their hours per day. */
public record SelfServiceChange(long id, String nickname, Kind kind, String task, LocalDate day, LocalTime start,
        LocalTime end, double hoursPerDayBefore, double hoursPerDayAfter, Instant madeAt) {

    public enum Kind {
        TOOK_SEAT
    }
}
