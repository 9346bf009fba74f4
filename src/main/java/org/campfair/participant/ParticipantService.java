package org.campfair.participant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.campfair.participant.internal.ParticipantRepository;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits the participants of a camp. */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    private final ParticipantRepository participants;
    private final CampAccess access;

    ParticipantService(ParticipantRepository participants, CampAccess access) {
        this.participants = participants;
        this.access = access;
    }

    public List<Participant> listByCamp(long campId) {
        access.requireOrganizer(campId);
        return participants.findByCamp(campId);
    }

    /** A participant's own record, for them or an organizer of their camp. */
    public Participant get(long id) {
        access.requireParticipantOrOrganizer(id);
        return participants.findById(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }

    /** An organizer's edit: only organizers of the participant's camp may make it. */
    @Transactional
    public Participant update(Participant participant) {
        access.requireOrganizerOfParticipant(participant.id());
        return participants.update(participant);
    }

    /**
     * The participant is away for a while during their stay (a "not today"): unavailable from
     * {@code from} to {@code until}, camp-local times; they keep their stay and bed. They may
     * say it of themselves. Returns false, writing nothing, when they were already unavailable
     * for all of it.
     */
    @Transactional
    public boolean markAway(long participantId, LocalDateTime from, LocalDateTime until) {
        access.requireParticipantOrOrganizer(participantId);
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("An absence must end after it starts");
        }
        get(participantId);
        if (participants.unavailableThroughout(participantId, from, until)) {
            return false;
        }
        participants.markUnavailable(participantId, from, until);
        return true;
    }

    /** Takes back exactly an absence {@link #markAway} recorded; false when it is no longer there. */
    @Transactional
    public boolean unmarkAway(long participantId, LocalDateTime from, LocalDateTime until) {
        access.requireParticipantOrOrganizer(participantId);
        get(participantId);
        return participants.removeUnavailable(participantId, from, until);
    }

    /**
     * The participant leaves the camp on {@code from}: they are unavailable from that day's
     * start to the end of their stay, and their stay (and bed) ends that day.
     */
    @Transactional
    public Participant leaveFrom(long participantId, LocalDate from) {
        access.requireOrganizerOfParticipant(participantId);
        var participant = get(participantId);
        if (from.isAfter(participant.departsOn())) {
            return participant;
        }
        LocalDate departs = from.isBefore(participant.arrivesOn()) ? participant.arrivesOn() : from;
        participants.markUnavailable(participantId, from.atStartOfDay(), participant.departsOn().plusDays(1).atStartOfDay());
        return participants.update(new Participant(participant.id(), participant.campId(), participant.nickname(),
                participant.legalName(), participant.email(), participant.language(), participant.gender(),
                participant.arrivesOn(), departs, participant.skills(), participant.returning(),
                participant.maxHoursPerDay(), participant.intensityComfort(), participant.needsPrivateRoom(),
                participant.needsStepFree(), participant.version()));
    }
}

