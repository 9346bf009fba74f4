package org.campfair.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.roster.internal.RosterPageQueries;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working roster read in the slices the roster page shows: a page of one day's shifts, a
 * page of stays, one participant's camp, one house's beds night by night. Big camps stay
 * quick because nothing reads the whole roster at once.
 */
@Service
@Transactional(readOnly = true)
public class RosterPages {

    private final CampService camps;
    private final RosterPageQueries queries;
    private final CampAccess access;
    private final Clock clock;

    RosterPages(CampService camps, RosterPageQueries queries, CampAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
        this.camps = camps;
        this.queries = queries;
    }

    public int countShiftsOn(long campId, LocalDate day) {
        access.requireOrganizer(campId);
        return queries.countShiftsOn(campId, day);
    }

    public List<RosterShift> shiftsOn(long campId, LocalDate day, int offset, int limit) {
        access.requireOrganizer(campId);
        return queries.shiftsOn(campId, day, offset, limit);
    }

    public int countStays(long campId) {
        access.requireOrganizer(campId);
        return queries.countStays(campId);
    }

    /** Stays by nickname. */
    public List<RosterStay> stays(long campId, int offset, int limit) {
        access.requireOrganizer(campId);
        return queries.stays(campId, offset, limit);
    }

    /** Everyone in the camp by nickname, with their dates and bed: for choosing a participant. */
    public List<RosterStay> everyone(long campId) {
        access.requireOrganizer(campId);
        return queries.stays(campId, 0, Integer.MAX_VALUE);
    }

    /** @throws NotFoundException when the participant is not in this camp */
    public ParticipantWeek week(long campId, long participantId) {
        access.requireOrganizer(campId);
        var stay = queries.stay(campId, participantId).orElseThrow(() -> new NotFoundException("Participant",
                participantId));
        LocalDateTime now = LocalDateTime.now(clock.withZone(camps.get(campId).timeZone()));
        var shifts = queries.seatsOf(participantId).stream()
                .map(held -> new ParticipantWeek.WorkedShift(held.shift(), held.seat(), held.pinned(),
                        held.shift().day().atTime(held.shift().start()).isBefore(now), held.confirmedMinutes()))
                .toList();
        long minutes = shifts.stream().mapToLong(ParticipantWeek.WorkedShift::countedMinutes).sum();
        return new ParticipantWeek(participantId, stay.nickname(), stay.arrivesOn(), stay.departsOn(), shifts, minutes,
                queries.fairHoursPerDay(campId), stay);
    }

    /** One house's beds, room by room, with who sleeps in each. */
    public List<BedNights> house(long campId, long houseId) {
        camps.getOrganized(campId);
        return queries.house(campId, houseId);
    }
}
