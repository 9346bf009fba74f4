package org.campfair.roster;

import java.util.List;

/**
 * The seats one participant may take now, required ones first, with their hours per day at
 * camp and the camp's fair share (the mean of everyone's) as things stand.
 *
 * @param settled false while the organizers' working roster moves this participant in a way
 *     not yet published: nothing is offered until they publish, so what is checked is what the
 *     participant's calendar shows
 */
public record OpenSeats(boolean published, boolean settled, double hoursPerDay, double fairShare,
        List<OpenSeat> seats) {

    public OpenSeats {
        seats = List.copyOf(seats);
    }
}
