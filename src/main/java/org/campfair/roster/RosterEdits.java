package org.campfair.roster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.campfair.camp.CampService;
import org.campfair.roster.internal.HandEditStore;
import org.campfair.roster.internal.MovePreviewer;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organizer's hand edits of the working roster: first a preview of what a move breaks and
 * what it costs, then the move itself, pinned so the next solve keeps it.
 */
@Service
public class RosterEdits {

    private final RosterService rosters;
    private final CampService camps;
    private final MovePreviewer previewer;
    private final HandEditStore store;
    private final CampAccess access;

    RosterEdits(RosterService rosters, CampService camps, MovePreviewer previewer, HandEditStore store,
            CampAccess access) {
        this.access = access;
        this.rosters = rosters;
        this.camps = camps;
        this.previewer = previewer;
        this.store = store;
    }

    /** The camp's beds, by house, room and label, to move someone into. */
    @Transactional(readOnly = true)
    public List<BedOption> beds(long campId) {
        access.requireOrganizer(campId);
        camps.get(campId);
        return store.beds(campId);
    }

    /**
     * The score and the reasons now and with the move made, without saving anything.
     *
     * @throws NotFoundException when a seat, participant or bed is not the camp's
     */
    @Transactional(readOnly = true)
    public MovePreview preview(long campId, RosterMove move) {
        access.requireOrganizer(campId);
        return preview(campId, move, Locale.ENGLISH);
    }

    /** {@link #preview(long, RosterMove)} with the reasons in the language of {@code locale}. */
    @Transactional(readOnly = true)
    public MovePreview preview(long campId, RosterMove move, Locale locale) {
        access.requireOrganizer(campId);
        camps.get(campId);
        return previewer.preview(campId, move, locale);
    }

    /**
     * Makes a previewed move and pins every seat and bed it touches.
     *
     * @throws StaleRecordException when one of those seats or beds changed since the preview
     * @throws SolveAlreadyRunningException while the camp is being solved
     */
    @Transactional
    public void apply(long campId, MovePreview preview) {
        access.requireOrganizer(campId);
        if (rosters.status(campId).state() != SolveState.NOT_SOLVING) {
            throw new SolveAlreadyRunningException(campId);
        }
        for (var was : preview.undo().seats()) {
            if (!Objects.equals(store.seatHolder(was.shiftId(), was.seat()), was.participantId())) {
                throw new StaleRecordException("Seat " + was.seat() + " of shift", was.shiftId());
            }
        }
        for (var was : preview.undo().beds()) {
            if (!Objects.equals(store.bedOf(was.participantId()), was.bedId())) {
                throw new StaleRecordException("Bed of participant", was.participantId());
            }
        }
        for (var change : preview.move().seats()) {
            rosters.assignSeat(campId, change.shiftId(), change.seat(), change.participantId(), true);
        }
        for (var change : preview.move().beds()) {
            if (!store.assignBed(campId, change.participantId(), change.bedId())) {
                throw new NotFoundException("Participant or bed of participant", change.participantId());
            }
        }
        store.recordScore(campId, preview.scoreAfter(), preview.feasibleAfter());
    }
}
