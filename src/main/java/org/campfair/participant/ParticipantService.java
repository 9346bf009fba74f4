package org.campfair.participant;

import java.time.LocalDate;
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

