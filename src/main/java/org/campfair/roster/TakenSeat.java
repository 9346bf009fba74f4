package org.campfair.roster;

/** A seat a participant took themselves, and the publication that carries it to calendars. */
public record TakenSeat(long campId, long participantId, OpenSeat seat, long publicationId,
        double hoursPerDayBefore) {
}
