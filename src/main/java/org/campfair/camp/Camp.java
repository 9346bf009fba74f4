package org.campfair.camp;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A work camp: dates and time zone in which all its shifts and stays are expressed. */
public record Camp(
        long id,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        ZoneId timeZone,
        String language,
        CampStatus status,
        int version) {

    public long days() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /** True when the day is one of the camp's days. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** True while the camp is published and today, in its own time zone, is one of its days. */
    public boolean isRunning(Clock clock) {
        return status == CampStatus.PUBLISHED && includes(LocalDate.now(clock.withZone(timeZone)));
    }

    public Camp withSettings(String newName, LocalDate newStart, LocalDate newEnd, ZoneId newZone,
            String newLanguage) {
        return new Camp(id, newName, newStart, newEnd, newZone, newLanguage, status, version);
    }

    public Camp withName(String newName) {
        return new Camp(id, newName, startsOn, endsOn, timeZone, language, status, version);
    }
}
