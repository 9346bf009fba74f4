package org.campfair.roster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.internal.HandEditStore;
import org.campfair.roster.internal.MovePreviewer;
import org.campfair.roster.internal.RosterStore;
import org.campfair.roster.internal.SolveRunner;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organizer's hand edits of the working roster: a seat filled or emptied by hand, a seat or
 * stay pinned so the next solve keeps it, and a previewed move (what it breaks and what it
 * costs) made and pinned. None while the camp is being solved: the solve would overwrite it.
 */
@Service
public class RosterEdits {

    private final SolveRunner runner;
    private final CampService camps;
    private final ParticipantService participants;
    private final MovePreviewer previewer;
    private final HandEditStore store;
    private final RosterStore seats;
    private final CampAccess access;

    RosterEdits(SolveRunner runner, CampService camps, ParticipantService participants, MovePreviewer previewer,
            HandEditStore store, RosterStore seats, CampAccess access) {
        this.runner = runner;
        this.camps = camps;
        this.participants = participants;
        this.previewer = previewer;
        this.store = store;
        this.seats = seats;
        this.access = access;
    }

    /** Puts someone (or nobody) in a seat by hand and pins it, or unpins it. */
    @Transactional
    public void assignSeat(long campId, long shiftId, int seat, @Nullable Long participantId, boolean pinned) {
        access.requireOrganizer(campId);
        runner.requireIdle(campId);
        if (participantId != null && participants.get(participantId).campId() != campId) {
            throw new NotFoundException("Participant", participantId);
        }
        if (!seats.assignSeat(campId, shiftId, seat, participantId, pinned)) {
            throw new NotFoundException("Seat " + seat + " of shift", shiftId);
        }
    }

    @Transactional
    public void pinSeat(long campId, long shiftId, int seat, boolean pinned) {
        access.requireOrganizer(campId);
        runner.requireIdle(campId);
        if (!seats.pinSeat(campId, shiftId, seat, pinned)) {
            throw new NotFoundException("Seat " + seat + " of shift", shiftId);
        }
    }

    @Transactional
    public void pinStay(long campId, long participantId, boolean pinned) {
        access.requireOrganizer(campId);
        runner.requireIdle(campId);
        if (!seats.pinStay(campId, participantId, pinned)) {
            throw new NotFoundException("Participant", participantId);
        }
    }

    /** The camp's beds, by house, room and label, to move someone into. */
    @Transactional(readOnly = true)
    public List<BedOption> beds(long campId) {
        camps.getOrganized(campId);
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
        camps.getOrganized(campId);
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
        if (runner.status(campId).state() != SolveState.NOT_SOLVING) {
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
            assignSeat(campId, change.shiftId(), change.seat(), change.participantId(), true);
        }
        for (var change : preview.move().beds()) {
            if (!store.assignBed(campId, change.participantId(), change.bedId())) {
                throw new NotFoundException("Participant or bed of participant", change.participantId());
            }
        }
        store.recordScore(campId, preview.scoreAfter(), preview.feasibleAfter());
    }
}
