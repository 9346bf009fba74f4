package org.campfair.roster.internal;

import java.util.Map;
import org.campfair.roster.model.Roster;

/**
 * The part of a camp a seat take reads ({@link CampAroundLoader}): every volunteer, but only the
 * shifts of the move and those of the people it concerns, with everyone's load of work summed by
 * the database.
 *
 * @param camp the camp's volunteers, beds and stays, with the seats of those shifts alone
 * @param plannedMinutes per participant id, the minutes of their seats in the working roster
 * @param workedMinutes per participant id, as {@code plannedMinutes} but with the minutes confirmed
 *     at check-in where a seat has them ({@link org.campfair.roster.model.Seat#workedMinutes()})
 */
public record CampAround(Roster camp, Map<Long, Long> plannedMinutes, Map<Long, Long> workedMinutes) {
}
