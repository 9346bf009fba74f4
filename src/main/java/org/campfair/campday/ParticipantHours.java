package org.campfair.campday;

import java.util.List;

/**
 * A participant's published seats with their marks, for organizers (the legal name is here
 * for a job-support programme's record; it never reaches hosts or other participants).
 */
public record ParticipantHours(long participantId, String nickname, String legalName, List<ConfirmedSeat> seats) {

    public ParticipantHours {
        seats = List.copyOf(seats);
    }

    /** Only seats marked as came, came late or left early count. */
    public int confirmedMinutes() {
        return seats.stream().mapToInt(ConfirmedSeat::confirmedMinutes).sum();
    }

    public int plannedMinutes() {
        return seats.stream().mapToInt(ConfirmedSeat::plannedMinutes).sum();
    }
}
