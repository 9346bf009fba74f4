package org.campfair.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.MovePreview;
import org.campfair.roster.RosterMove;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A take of an empty seat is scored once, by trying its few possible holders in one score
 * session ({@link MovePreviewer#checkAround}), on the part of the camp read with everyone's
 * details kept in memory ({@link CampVolunteers}); both must decide exactly as the whole camp's
 * analysis before and after the move does, on many random takes of a published camp whose
 * roster is dense, partly confirmed at check-in and partly changed since publication.
 */
@CampfairIntegrationTest
class TakeCheckTest {

    @Autowired
    SpreadCamps spreadCamps;
    @Autowired
    RosterProblemLoader loader;
    @Autowired
    CampAroundLoader aroundLoader;
    @Autowired
    RosterStore store;
    @Autowired
    MovePreviewer previewer;
    @Autowired
    SolutionManager<Roster, HardMediumSoftLongScore> solutions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private long campId;
    private LocalDateTime now;

    @BeforeEach
    void aPublishedScoredCampWithCheckInsAndUnpublishedChanges() {
        var spread = spreadCamps.publish(CampSize.M, 11, 6, SpreadCamps.Who.ANYONE);
        campId = spread.campId();
        Roster camp = spread.roster();
        var random = spread.random();
        int[] count = {0};
        camp.getSeats().stream().filter(seat -> seat.getVolunteer() != null).forEach(seat -> {
            if (count[0]++ % 5 == 0) {
                jdbc.sql("""
                        insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes,
                            marked_at, version) values (?, ?, ?, 'CAME', ?, now(), 1)""")
                        .params(seat.getShift().getId(), seat.getIndex(), seat.getVolunteer().getId(),
                                seat.getShift().durationMinutes() + 30)
                        .update();
            }
        });
        for (Seat seat : camp.getSeats()) {
            if (random.nextInt(30) == 0) {
                seat.setVolunteer(null);
            }
        }
        transaction.executeWithoutResult(status -> store.saveAssignments(camp));
        // The fast check adds the move's difference to the camp's recorded score.
        store.saveResult(campId, solutions.update(loader.load(campId)), Instant.now());
        now = camp.getShifts().getFirst().getStart().minusDays(1);
    }

    @Test
    void aTakeOfAnEmptySeatScoredOnceCostsEveryRuleWhatTheWholeCampsAnalysisSays() {
        Roster whole = loader.load(campId);
        var random = new Random(23);
        int scoredOnce = 0;
        int breaking = 0;
        for (int round = 0; round < 400 && scoredOnce < 60; round++) {
            Volunteer taker = whole.getVolunteers().get(random.nextInt(whole.getVolunteers().size()));
            Shift shift = whole.getShifts().get(random.nextInt(whole.getShifts().size()));
            Seat empty = whole.getSeats().stream()
                    .filter(seat -> seat.getShift() == shift && seat.getVolunteer() == null && !seat.isPinned())
                    .findFirst().orElse(null);
            if (empty == null) {
                continue;
            }
            var move = RosterMove.seat(shift.getId(), empty.getIndex(), taker.getId());
            var part = aroundLoader.load(campId, Set.of(shift.getId()), Set.of(taker.getId()));
            MovePreview fast = previewer.checkAround(part, move);
            MovePreview full = previewer.preview(campId, move, Locale.ENGLISH);

            assertThat(fast.constraints()).as("scored once, so no matches counted (round %d)", round)
                    .allMatch(change -> change.matchesBefore() == 0 && change.matchesAfter() == 0);
            assertThat(costChanges(fast)).as("round %d", round).isEqualTo(costChanges(full));
            assertThat(fast.breaksHardRules()).as("round %d", round).isEqualTo(full.breaksHardRules());
            assertThat(HardMediumSoftLongScore.parseScore(fast.scoreAfter())
                    .subtract(HardMediumSoftLongScore.parseScore(fast.scoreBefore())))
                    .isEqualTo(HardMediumSoftLongScore.parseScore(full.scoreAfter())
                            .subtract(HardMediumSoftLongScore.parseScore(full.scoreBefore())));
            assertThat(fast.undo()).isEqualTo(full.undo());
            scoredOnce++;
            breaking += full.breaksHardRules() ? 1 : 0;
        }
        assertThat(scoredOnce).isEqualTo(60);
        assertThat(breaking).as("takes that break a hard rule among them").isPositive().isLessThan(scoredOnce);
    }

    @Test
    void anEditedParticipantIsReadAgainThoughTheTakeDoesNotConcernThem() {
        Roster whole = loader.load(campId);
        Shift shift = whole.getShifts().getLast();
        Volunteer taker = whole.getVolunteers().getFirst();
        Volunteer other = whole.getSeats().stream().map(Seat::getVolunteer)
                .filter(v -> v != null && !v.equals(taker) && v.getDepartsOn().isAfter(v.getArrivesOn()))
                .findFirst().orElseThrow();
        var before = new SeatChoices(aroundLoader.load(campId, Set.of(shift.getId()), Set.of(taker.getId())),
                taker.getId(), now);
        assertThat(before.fairShare()).isEqualTo(new SeatChoices(whole, taker.getId(), now).fairShare());

        // Staying a day less raises the other's hours per day, and so the camp's mean.
        jdbc.sql("update participant set departs_on = departs_on - 1, version = version + 1 where id = ?")
                .param(other.getId()).update();
        var after = new SeatChoices(aroundLoader.load(campId, Set.of(shift.getId()), Set.of(taker.getId())),
                taker.getId(), now);

        assertThat(after.fairShare()).isEqualTo(new SeatChoices(loader.load(campId), taker.getId(), now).fairShare())
                .isNotEqualTo(before.fairShare());
    }

    private static Map<String, Long> costChanges(MovePreview preview) {
        Map<String, Long> changes = new HashMap<>();
        preview.constraints().forEach(change -> changes.put(change.constraint(), change.costChange()));
        return changes;
    }
}
