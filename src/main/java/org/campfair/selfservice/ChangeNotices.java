package org.campfair.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.selfservice.internal.ChangeNoticeStore;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recent self-service changes that concern a participant, newest first, for the few lines
 * on their schedule page: seats they took, their give-aways others took, swaps, changes the
 * organizers declined, and a seat held for them from a waiting list.
 */
@Service
public class ChangeNotices {

    /** How far back the schedule page looks. */
    public static final Duration RECENT = Duration.ofDays(14);
    /** The most lines the schedule page shows. */
    public static final int MAX = 5;

    private final ChangeNoticeStore store;
    private final ParticipantService participants;
    private final CampService camps;
    private final CampAccess access;
    private final Clock clock;

    ChangeNotices(ChangeNoticeStore store, ParticipantService participants, CampService camps, CampAccess access,
            Clock clock) {
        this.store = store;
        this.participants = participants;
        this.camps = camps;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChangeNotice> of(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        var now = clock.instant();
        return store.of(participantId, now.minus(RECENT), now, MAX);
    }

    /** The time zone of the participant's camp, in which the lines give times. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return camps.get(participants.get(participantId).campId()).timeZone();
    }
}
