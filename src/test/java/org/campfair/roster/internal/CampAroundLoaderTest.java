package org.campfair.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
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
 * A participant's own take reads only the part of the camp around it ({@link CampAroundLoader})
 * and must decide exactly as the whole camp does. A generated camp (150 people, 7 days) gets a
 * dense random roster, is published, has seats confirmed at check-in longer or shorter than
 * planned, and then unpublished changes for some people; random takes are then looked at both
 * ways: the same choices, the same load of everyone, the same cost change of every rule.
 */
@CampfairIntegrationTest
class CampAroundLoaderTest {

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
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private long campId;
    private LocalDateTime now;

    @BeforeEach
    void aPublishedCampWithCheckInsAndUnpublishedChanges() {
        var published = spreadCamps.publish(CampSize.M, 7, 7, SpreadCamps.Who.ANYONE);
        campId = published.campId();
        Roster camp = published.roster();
        var random = published.random();
        int[] count = {0};
        camp.getSeats().stream().filter(seat -> seat.getVolunteer() != null).forEach(seat -> {
            int n = count[0]++;
            if (n % 4 == 0 || n % 7 == 0) {
                boolean came = n % 7 != 0;
                jdbc.sql("""
                        insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes,
                            marked_at, version) values (?, ?, ?, ?, ?, now(), 1)""")
                        .params(seat.getShift().getId(), seat.getIndex(), seat.getVolunteer().getId(),
                                came ? "CAME" : "DID_NOT_COME", came ? seat.getShift().durationMinutes() + 45 : 0)
                        .update();
            }
        });
        // Some seats change hands in the working roster without being published.
        for (Seat seat : camp.getSeats()) {
            if (random.nextInt(25) == 0) {
                seat.setVolunteer(random.nextBoolean() ? null
                        : camp.getVolunteers().get(random.nextInt(camp.getVolunteers().size())));
            }
        }
        transaction.executeWithoutResult(status -> store.save(camp, Instant.now()));
        now = camp.getShifts().getFirst().getStart().minusDays(1);
    }

    @Test
    void everyonesLoadIsTheSumOfTheirSeatsAsTheWholeCampCountsIt() {
        Roster whole = loader.load(campId);
        Map<Long, Long> planned = new HashMap<>();
        Map<Long, Long> worked = new HashMap<>();
        for (Seat seat : whole.getSeats()) {
            if (seat.getVolunteer() != null) {
                planned.merge(seat.getVolunteer().getId(), seat.getShift().durationMinutes(), Long::sum);
                worked.merge(seat.getVolunteer().getId(), seat.workedMinutes(), Long::sum);
            }
        }
        var part = aroundLoader.load(campId, Set.of(whole.getShifts().getFirst().getId()), Set.of());

        assertThat(part.plannedMinutes()).isEqualTo(planned);
        assertThat(part.workedMinutes()).isEqualTo(worked).isNotEqualTo(planned);
        assertThat(part.camp().getVolunteers()).hasSameSizeAs(whole.getVolunteers());
    }

    @Test
    void aTakeReadAroundItsShiftIsDecidedAsOnTheWholeCamp() {
        Roster whole = loader.load(campId);
        var random = new Random(13);
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            Volunteer taker = whole.getVolunteers().get(random.nextInt(whole.getVolunteers().size()));
            Shift shift = whole.getShifts().get(random.nextInt(whole.getShifts().size()));
            var part = aroundLoader.load(campId, Set.of(shift.getId()), Set.of(taker.getId()));
            var wholeChoices = new SeatChoices(whole, taker.getId(), now);
            var partChoices = new SeatChoices(part, taker.getId(), now);

            assertThat(part.camp().getSeats()).as("round %d", round).hasSizeLessThan(whole.getSeats().size() / 3);
            assertThat(partChoices.settled()).as("round %d", round).isEqualTo(wholeChoices.settled());
            assertThat(partChoices.mySeatIds()).isEqualTo(wholeChoices.mySeatIds());
            assertThat(partChoices.hoursPerDay()).isEqualTo(wholeChoices.hoursPerDay());
            assertThat(partChoices.fairShare()).isEqualTo(wholeChoices.fairShare());
            assertThat(partChoices.holds(shift.getId())).isEqualTo(wholeChoices.holds(shift.getId()));
            Seat opening = wholeChoices.opening(shift.getId());
            Seat partOpening = partChoices.opening(shift.getId());
            assertThat(partOpening == null ? null : partOpening.getId())
                    .isEqualTo(opening == null ? null : opening.getId());
            // Any seat of the shift, taken or not: the score check must agree on every move.
            int index = opening != null ? opening.getIndex() : random.nextInt(shift.getMaxHeadcount());
            if (opening != null) {
                assertThat(partChoices.refusal(shift)).isEqualTo(wholeChoices.refusal(shift));
                assertThat(partChoices.describe(partOpening)).isEqualTo(wholeChoices.describe(opening));
            }
            var move = RosterMove.seat(shift.getId(), index, taker.getId());
            MovePreview onWhole = previewer.previewAround(whole, move, java.util.Locale.ENGLISH);
            MovePreview onPart = previewer.checkAround(part, move);
            assertThat(costChanges(onPart)).as("round %d", round).isEqualTo(costChanges(onWhole));
            assertThat(onPart.scoreAfter()).isEqualTo(onWhole.scoreAfter());
            assertThat(onPart.breaksHardRules()).isEqualTo(onWhole.breaksHardRules());
            checked += opening != null ? 1 : 0;
        }
        assertThat(checked).as("takes of a real opening among the rounds").isGreaterThan(5);
    }

    @Test
    void aSwapReadAroundItsTwoShiftsIsScoredAsOnTheWholeCamp() {
        Roster whole = loader.load(campId);
        var random = new Random(17);
        var held = whole.getSeats().stream().filter(seat -> seat.getVolunteer() != null).toList();
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            Seat one = held.get(random.nextInt(held.size()));
            Seat other = held.get(random.nextInt(held.size()));
            long first = one.getVolunteer().getId();
            long second = other.getVolunteer().getId();
            if (first == second || one.getShift().equals(other.getShift())) {
                continue;
            }
            var move = new RosterMove(List.of(new RosterMove.SeatChange(one.getShift().getId(), one.getIndex(), second),
                    new RosterMove.SeatChange(other.getShift().getId(), other.getIndex(), first)), List.of());
            var part = aroundLoader.load(campId, Set.of(one.getShift().getId(), other.getShift().getId()),
                    Set.of(first, second));
            MovePreview onWhole = previewer.previewAround(whole, move, java.util.Locale.ENGLISH);
            MovePreview onPart = previewer.checkAround(part, move);
            assertThat(costChanges(onPart)).as("round %d", round).isEqualTo(costChanges(onWhole));
            assertThat(onPart.scoreAfter()).isEqualTo(onWhole.scoreAfter());
            assertThat(onPart.breaksHardRules()).isEqualTo(onWhole.breaksHardRules());
            checked++;
        }
        assertThat(checked).as("swaps looked at").isGreaterThan(20);
    }

    private static Map<String, Long> costChanges(MovePreview preview) {
        Map<String, Long> changes = new HashMap<>();
        preview.constraints().forEach(change -> changes.put(change.constraint(), change.costChange()));
        return changes;
    }
}
