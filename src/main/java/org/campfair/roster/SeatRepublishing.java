package org.campfair.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.campfair.camp.CampService;
import org.campfair.roster.internal.CampAround;
import org.campfair.roster.internal.CampAroundLoader;
import org.campfair.roster.internal.HandEditStore;
import org.campfair.roster.internal.MovePreviewer;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.SeatChoices;
import org.campfair.roster.internal.SeatTakingStore;
import org.campfair.roster.internal.SolveRunner;
import org.campfair.roster.model.Roster;
import org.campfair.shared.RefusedChangeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a seat taken ({@link ParticipantSeats}) and a seat handed over ({@link SeatHandOvers})
 * share: the participant's choices on the working roster at the camp's now, the score check, and
 * the new publication written under the publish lock and announced as {@link RosterPublished}.
 * It runs in the caller's transaction.
 */
@Component
class SeatRepublishing {

    private final RosterProblemLoader loader;
    private final CampAroundLoader around;
    private final MovePreviewer previewer;
    private final SeatTakingStore store;
    private final HandEditStore scores;
    private final SolveRunner runner;
    private final CampService camps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeatRepublishing(RosterProblemLoader loader, CampAroundLoader around, MovePreviewer previewer, SeatTakingStore store,
            HandEditStore scores, SolveRunner runner, CampService camps, ApplicationEventPublisher events,
            Clock clock) {
        this.loader = loader;
        this.around = around;
        this.previewer = previewer;
        this.store = store;
        this.scores = scores;
        this.runner = runner;
        this.camps = camps;
        this.events = events;
        this.clock = clock;
    }

    Roster load(long campId) {
        return loader.load(campId);
    }

    /** What the participant may take or give on the camp's working roster, loaded for them alone. */
    SeatChoices choices(long campId, long participantId) {
        return choices(campId, loader.load(campId), participantId);
    }

    SeatChoices choices(long campId, Roster roster, long participantId) {
        return new SeatChoices(roster, participantId, now(campId));
    }

    /** The part of the camp a take of the shift by the participant reads ({@link CampAroundLoader}). */
    CampAround around(long campId, long shiftId, long participantId) {
        return around(campId, java.util.Set.of(shiftId), java.util.Set.of(participantId));
    }

    /** The part of the camp a move of seats of those shifts between those people reads. */
    CampAround around(long campId, java.util.Set<Long> shiftIds, java.util.Set<Long> people) {
        return around.load(campId, shiftIds, people);
    }

    /** The participant's choices on that part; only the shift's opening may be asked of them. */
    SeatChoices choices(long campId, CampAround part, long participantId) {
        return new SeatChoices(part, participantId, now(campId));
    }

    /**
     * As {@link #preview(Roster, RosterMove, Locale)} on the part of the camp a take reads,
     * without the sentences ({@link MovePreviewer#checkAround}).
     *
     * @throws RefusedChangeException when it breaks a hard rule the roster did not break before
     */
    MovePreview check(CampAround part, RosterMove move) {
        var preview = previewer.checkAround(part, move);
        if (preview.breaksHardRules()) {
            throw new RefusedChangeException("openSeats.refused.hardRule");
        }
        return preview;
    }

    /** Now in the camp's time zone: a shift that started before it can no longer change hands. */
    LocalDateTime now(long campId) {
        return LocalDateTime.now(clock.withZone(camps.get(campId).timeZone()));
    }

    /** @throws RefusedChangeException while nothing of the camp is published */
    void requirePublished(long campId) {
        if (store.latestPublication(campId).isEmpty()) {
            throw new RefusedChangeException("openSeats.refused.notPublished");
        }
    }

    /**
     * What the move does to the camp's roster as loaded in {@code camp}, in the language of
     * {@code locale}: scored around the seats it changes, which is exact for every rule and
     * cheap enough to run on each take of a rush ({@link MovePreviewer#previewAround}).
     *
     * @throws RefusedChangeException when it breaks a hard rule the roster did not break before
     */
    MovePreview preview(Roster camp, RosterMove move, Locale locale) {
        var preview = previewer.previewAround(camp, move, locale);
        if (preview.breaksHardRules()) {
            throw new RefusedChangeException("openSeats.refused.hardRule");
        }
        return preview;
    }

    /** @throws RefusedChangeException when the seat puts its taker more than the cap above the fair share */
    static void requireWithinCap(OpenSeat seat, double maxExtraHoursPerDay) {
        if (seat.hoursPerDayAfter() > seat.fairShareAfter() + maxExtraHoursPerDay + 1e-9) {
            throw new RefusedChangeException("openSeats.refused.cap", seat.hoursPerDayAfter(), seat.fairShareAfter(),
                    maxExtraHoursPerDay);
        }
    }

    /**
     * Takes the camp's publish lock, until the transaction ends, and answers the latest
     * publication. The checks before read without it, to keep the locked part short; what they
     * relied on is checked again under it.
     *
     * @throws SolveAlreadyRunningException while the camp is being solved
     * @throws RefusedChangeException when nothing is published
     */
    long lockLatestPublication(long campId) {
        store.lockPublications(campId);
        runner.requireIdle(campId);
        return store.latestPublication(campId).orElseThrow(
                () -> new RefusedChangeException("openSeats.refused.notPublished"));
    }

    /** True when the person's working and published seats are still those their choices were made on. */
    boolean unchanged(long publicationId, SeatChoices person) {
        return store.holdsExactly(person.participantId(), publicationId, person.mySeatIds());
    }

    /**
     * Writes the new publication with {@code republish} (given the time it is published at),
     * records the roster's score after the move and announces it, so calendars, invites and
     * today's board follow; returns the publication's id.
     */
    long publish(long campId, MovePreview move, ToLongFunction<Instant> republish) {
        Instant now = clock.instant();
        long publicationId = republish.applyAsLong(now);
        scores.recordScore(campId, move.scoreAfter(), move.feasibleAfter());
        events.publishEvent(new RosterPublished(campId, publicationId, now, true));
        return publicationId;
    }
}
