package org.campfair.selfservice;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a shift is, as a participant saw it on the page: accepting an offer or a held seat with
 * it refuses, and says so, when the organizers moved the shift since, so nobody takes a seat at
 * a time they never saw.
 */
public record ShiftTime(LocalDate day, LocalTime start, LocalTime end) {

    public static ShiftTime of(SeatOffer offer) {
        return new ShiftTime(offer.day(), offer.start(), offer.end());
    }

    public static ShiftTime of(WaitingSeatOffer held) {
        return new ShiftTime(held.day(), held.start(), held.end());
    }
}
