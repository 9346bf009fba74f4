package org.campfair.roster;

/**
 * Two seats that changed hands in one swap, carried to calendars by the same publication.
 *
 * @param taken the seat the person who accepted took
 * @param returned the seat they gave the offerer in return
 */
public record SeatSwap(TakenSeat taken, TakenSeat returned) {
}
