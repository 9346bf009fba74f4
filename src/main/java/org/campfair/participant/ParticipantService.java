package org.campfair.participant;

import java.util.List;
import org.campfair.participant.internal.ParticipantRepository;
import org.campfair.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits the participants of a camp. */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    private final ParticipantRepository participants;

    ParticipantService(ParticipantRepository participants) {
        this.participants = participants;
    }

    public List<Participant> listByCamp(long campId) {
        return participants.findByCamp(campId);
    }

    public Participant get(long id) {
        return participants.findById(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }

    @Transactional
    public Participant update(Participant participant) {
        return participants.update(participant);
    }
}
