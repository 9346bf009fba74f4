package org.campfair.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.Rule;
import org.campfair.roster.solver.RosterSolverConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A window re-plan's problem holds only the window's seats, yet must rank window rosters as the
 * whole camp does. A generated camp (150 people, 7 days) gets a dense random roster, is
 * published, has some past seats confirmed longer or shorter than planned, and is cut at 10:30
 * on its third day up to the end of its fourth. Two different random window rosters, full of
 * clashes with the fixed shifts around the window, are then scored in both problems: every
 * rule's difference between them is the same. No rule needs an exception: fairness balances
 * everyone's whole load, and the rules that span days read the fixed work next to the window.
 */
@CampfairIntegrationTest
class RosterWindowTest {

    @Autowired
    SpreadCamps spreadCamps;
    @Autowired
    RosterProblemLoader loader;
    @Autowired
    RosterStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SolutionManager<Roster, HardMediumSoftLongScore> solutions;
    @Autowired
    MovePreviewer previewer;

    private long campId;
    private LocalDateTime from;
    private LocalDateTime until;

    @BeforeEach
    void aPublishedRunningCamp() {
        // Dense on purpose: most people work most days, so runs of days, short rests and
        // overlaps reach into the window from both sides.
        var published = spreadCamps.publish(CampSize.M, 5, 8, SpreadCamps.Who.AVAILABLE);
        campId = published.campId();
        Roster camp = published.roster();

        LocalDate day = camp.getShifts().stream().map(s -> s.getDay()).min(LocalDate::compareTo).orElseThrow()
                .plusDays(2);
        from = day.atTime(10, 30);
        until = day.plusDays(2).atStartOfDay();
        // Check-ins before the window: every third worked seat an hour longer, every fifth not at all.
        int[] count = {0};
        camp.getSeats().stream().filter(seat -> seat.getVolunteer() != null && seat.getShift().getStart().isBefore(from))
                .forEach(seat -> {
                    int n = count[0]++;
                    if (n % 3 == 0 || n % 5 == 0) {
                        boolean came = n % 5 != 0;
                        jdbc.sql("""
                                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes,
                                    marked_at, version) values (?, ?, ?, ?, ?, now(), 1)""")
                                .params(seat.getShift().getId(), seat.getIndex(), seat.getVolunteer().getId(),
                                        came ? "CAME" : "DID_NOT_COME",
                                        came ? seat.getShift().durationMinutes() + 60 : 0)
                                .update();
                    }
                });
    }

    @Test
    void twoWindowRostersDifferByTheSameScoreInTheWindowAsInTheWholeCamp() {
        Roster whole = loader.load(campId, from);
        Roster window = loader.load(campId, from, until);
        assertThat(window.getSeats()).isNotEmpty().hasSizeLessThan(whole.getSeats().size() / 2)
                .allMatch(seat -> RosterWindow.inWindow(seat.getShift(), from, until));
        assertThat(window.getVolunteers().size() + window.getOtherVolunteers().size())
                .isEqualTo(whole.getVolunteers().size());
        assertThat(window.getVolunteers()).as("fixed work next to the window")
                .anyMatch(v -> v.getFixedWork().hasShifts() && v.getFixedWork().days().size() >= 3);

        var random = new Random(11);
        Map<String, @Nullable Long> first = windowRoster(window, random);
        Map<String, @Nullable Long> second = windowRoster(window, random);

        var wholeDifference = difference(whole, first, second);
        var windowDifference = difference(window, first, second);

        assertThat(windowDifference).isEqualTo(wholeDifference);
        assertThat(wholeDifference.values()).as("the two rosters differ by most rules")
                .filteredOn(score -> !score.equals(HardMediumSoftLongScore.ZERO)).hasSizeGreaterThan(8);
        // The rules that read fixed work, except the rest rule: the generated camp's working days
        // end early enough that no two of its shifts come within 10 hours across days
        // (RosterConstraintProviderTest covers it).
        for (Rule rule : List.of(Rule.OVERLAPPING_SHIFTS, Rule.OVER_MAX_HOURS_PER_DAY, Rule.GENTLE_START,
                Rule.FAIR_WORKLOAD, Rule.DAY_OFF_AFTER_FIVE_DAYS)) {
            assertThat(wholeDifference.get(rule.constraintName())).as(rule.constraintName())
                    .isNotEqualTo(HardMediumSoftLongScore.ZERO);
        }
    }

    /**
     * What a participant's own seat change is checked by: a seat taken, handed over or swapped,
     * scored in the problem around its shifts ({@link RosterWindow#around}), changes every rule
     * by exactly what it changes in the whole camp. Random moves on the dense camp, a third of
     * them swaps, break and mend hard rules as well as soft ones.
     */
    @Test
    void aSeatMoveChangesEveryRuleAroundItsShiftsAsInTheWholeCamp() {
        Roster whole = loader.load(campId);
        var random = new Random(17);
        var movable = whole.getSeats().stream().filter(seat -> !seat.isPinned()).toList();
        var changedRules = new java.util.HashSet<String>();
        for (int round = 0; round < 24; round++) {
            Seat seat = movable.get(random.nextInt(movable.size()));
            Volunteer taker = whole.getVolunteers().get(random.nextInt(whole.getVolunteers().size()));
            Map<String, @Nullable Long> move = new HashMap<>();
            Map<String, @Nullable Long> undo = new HashMap<>();
            var shiftIds = new java.util.HashSet<Long>();
            var movers = new java.util.HashSet<Long>();
            move.put(seat.getId(), taker.getId());
            undo.put(seat.getId(), seat.getVolunteer() == null ? null : seat.getVolunteer().getId());
            shiftIds.add(seat.getShift().getId());
            movers.add(taker.getId());
            var returned = movable.stream().filter(s -> taker.equals(s.getVolunteer()) && s != seat).findFirst();
            if (round % 3 == 0 && seat.getVolunteer() != null && returned.isPresent()) {
                // A swap: the seat's holder gets one of the taker's seats back.
                move.put(returned.get().getId(), seat.getVolunteer().getId());
                undo.put(returned.get().getId(), taker.getId());
                shiftIds.add(returned.get().getShift().getId());
                movers.add(seat.getVolunteer().getId());
            }
            Roster around = RosterWindow.around(whole, shiftIds, movers);

            var wholeDifference = difference(whole, move, undo);
            var aroundDifference = difference(around, move, undo);

            assertThat(aroundDifference).as("round %d", round).isEqualTo(wholeDifference);
            wholeDifference.forEach((rule, score) -> {
                if (!score.equals(HardMediumSoftLongScore.ZERO)) {
                    changedRules.add(rule);
                }
            });
            assertThat(around.getSeats()).as("only the seats of the moved shifts")
                    .allMatch(s -> shiftIds.contains(s.getShift().getId()));
        }
        assertThat(changedRules).as("the moves reach hard, medium and soft rules")
                .contains(Rule.OVERLAPPING_SHIFTS.constraintName(), Rule.UNFILLED_REQUIRED_SEAT.constraintName(),
                        Rule.FAIR_WORKLOAD.constraintName(), Rule.STABILITY.constraintName());
    }

    /**
     * The preview a participant's take is checked and shown with, scored around the move, says
     * what the whole camp's preview says: the same cost change of every rule (so the same
     * verdict on the hard rules) and, in plain words, the same reasons added, of the same people.
     */
    @Test
    void aPreviewAroundASeatMoveSaysWhatTheWholeCampsPreviewSays() {
        Roster camp = loader.load(campId);
        var random = new Random(23);
        var movable = camp.getSeats().stream().filter(seat -> !seat.isPinned()).toList();
        for (int round = 0; round < 5; round++) {
            Seat seat = movable.get(random.nextInt(movable.size()));
            Volunteer taker = camp.getVolunteers().get(random.nextInt(camp.getVolunteers().size()));
            var move = org.campfair.roster.RosterMove.seat(seat.getShift().getId(), seat.getIndex(), taker.getId());

            var whole = previewer.preview(campId, move, java.util.Locale.JAPANESE);
            var around = previewer.previewAround(camp, move, java.util.Locale.JAPANESE);

            assertThat(costChanges(around)).as("round %d", round).isEqualTo(costChanges(whole));
            assertThat(reasons(around.added())).as("round %d", round)
                    .isSubsetOf(reasons(whole.added()));
            assertThat(rules(around.removed())).as("round %d", round).isSubsetOf(rules(whole.removed()));
            assertThat(around.breaksHardRules()).isEqualTo(whole.breaksHardRules());
            assertThat(seat.getVolunteer()).as("the camp is left as it was")
                    .isEqualTo(loader.load(campId).getSeats().stream().filter(s -> s.getId().equals(seat.getId()))
                            .findFirst().orElseThrow().getVolunteer());
        }
    }

    /**
     * The reasons as compared. A reason the move removes may be worded for what the moved seat
     * adds rather than the person's whole day (someone over their hours on a day already is told
     * in the whole camp that the day's total goes down, around the move that the seat's part
     * goes), so removed reasons are compared by rule. An overlap found against a fixed shift names the moved seat's
     * shift first, the whole camp's pair names the earlier one first; the same two shifts,
     * person and minutes either way.
     */
    private static List<String> reasons(List<org.campfair.roster.Explanation> reasons) {
        return reasons.stream().map(reason -> reason.constraint().equals(Rule.OVERLAPPING_SHIFTS.constraintName())
                ? reason.level() + "/" + reason.cost() + "/" + reason.nicknames() + "/" + reason.day()
                : reason.toString()).toList();
    }

    private static List<String> rules(List<org.campfair.roster.Explanation> reasons) {
        return reasons.stream().map(reason -> reason.constraint() + "/" + reason.nicknames()).toList();
    }

    private static Map<String, Long> costChanges(org.campfair.roster.MovePreview preview) {
        Map<String, Long> changes = new HashMap<>();
        preview.constraints().forEach(change -> changes.put(change.constraint(), change.costChange()));
        return changes;
    }

    @Test
    void savingAWindowRosterWritesItsSeatsAndNothingElse() {
        Roster window = loader.load(campId, from, until);
        var before = seatAssignments();
        var random = new Random(3);
        var roster = windowRoster(window, random);
        apply(window, roster);

        transaction.executeWithoutResult(status -> store.saveAssignments(window));

        var after = seatAssignments();
        Map<String, @Nullable Long> expected = new HashMap<>(before);
        window.getSeats().forEach(seat -> {
            if (seat.getVolunteer() == null && !seat.isPinned()) {
                expected.remove(seat.getId());
            } else {
                expected.put(seat.getId(), seat.getVolunteer() == null ? null : seat.getVolunteer().getId());
            }
        });
        expected.entrySet().removeIf(entry -> entry.getValue() == null && !before.containsKey(entry.getKey()));
        assertThat(after).isEqualTo(expected);
        assertThat(after).isNotEqualTo(before);
    }

    /**
     * Timefold's full assertion recalculates the score from scratch after every move and fails
     * on any difference with the incremental one: the rules' fixed-work parts (expanded and
     * concatenated streams) must keep up with every change a window solve makes.
     */
    @Test
    void aWindowSolveKeepsItsIncrementalScoreRightInFullAssertMode() {
        Roster window = loader.load(campId, from, until);
        var solver = SolverFactory.<Roster>create(RosterSolverConfig.create()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(3))))
                .buildSolver();

        Roster solved = solver.solve(window);

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getSeats()).anyMatch(seat -> seat.getVolunteer() != null && !seat.isPinned());
    }

    /** A random roster of the window's unpinned seats: anyone of the window's volunteers, or nobody. */
    private static Map<String, @Nullable Long> windowRoster(Roster window, Random random) {
        Map<String, @Nullable Long> roster = new HashMap<>();
        for (Seat seat : window.getSeats()) {
            if (!seat.isPinned()) {
                roster.put(seat.getId(), random.nextInt(6) == 0 ? null
                        : window.getVolunteers().get(random.nextInt(window.getVolunteers().size())).getId());
            }
        }
        return roster;
    }

    /** Every rule's score of the first roster minus the second's, in {@code roster}'s problem. */
    private Map<String, HardMediumSoftLongScore> difference(Roster roster, Map<String, @Nullable Long> first,
            Map<String, @Nullable Long> second) {
        apply(roster, first);
        var one = solutions.analyze(roster);
        apply(roster, second);
        var other = solutions.analyze(roster);
        Map<String, HardMediumSoftLongScore> difference = new HashMap<>();
        one.constraintMap().forEach((ref, analysis) -> difference.put(ref.constraintName(),
                analysis.score().subtract(other.getConstraintAnalysis(ref.constraintName()).score())));
        difference.put("total", one.score().subtract(other.score()));
        return difference;
    }

    private static void apply(Roster roster, Map<String, @Nullable Long> assignment) {
        Map<Long, Volunteer> byId = new HashMap<>();
        Stream.concat(roster.getVolunteers().stream(), roster.getOtherVolunteers().stream())
                .forEach(v -> byId.put(v.getId(), v));
        for (Seat seat : roster.getSeats()) {
            if (assignment.containsKey(seat.getId())) {
                Long id = assignment.get(seat.getId());
                seat.setVolunteer(id == null ? null : Objects.requireNonNull(byId.get(id)));
            }
        }
    }

    private Map<String, @Nullable Long> seatAssignments() {
        Map<String, @Nullable Long> seats = new HashMap<>();
        jdbc.sql("""
                select a.shift_id, a.seat, a.participant_id from seat_assignment a
                join shift s on s.id = a.shift_id join task t on t.id = s.task_id where t.camp_id = ?""")
                .param(campId)
                .query((java.sql.ResultSet rs) -> {
                    long participant = rs.getLong("participant_id");
                    seats.put(SeatIds.of(rs.getLong("shift_id"), rs.getInt("seat")), rs.wasNull() ? null : participant);
                });
        return seats;
    }
}
