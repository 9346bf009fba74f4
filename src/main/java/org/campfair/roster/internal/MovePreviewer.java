package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.director.ScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campfair.roster.Explanation;
import org.campfair.roster.MovePreview;
import org.campfair.roster.RosterMove;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Scores a hand edit before it is made: the working roster is analysed as it is and again
 * with the edit applied to a copy of the planning model, and Timefold's analysis diff says
 * which rules get cheaper or dearer. Nothing is saved.
 */
@Component
public class MovePreviewer {

    private final RosterProblemLoader loader;
    private final SolutionManager<Roster, HardMediumSoftLongScore> solutions;
    /**
     * The model and rules alone, for scoring one seat filled incrementally ({@link #checkFill}).
     * Timefold's public API offers no incremental score of one change outside a solve: its
     * assignment recommendation would, but needs a solver of exactly one construction
     * heuristic phase for every planning entity class (seats and stays) and then tries every
     * value. So this uses Timefold's own score director (an internal class, stable through
     * 1.x; {@code TakeCheckTest} fails if it ever scores differently from the analysis). It is
     * the solver bean's own, which {@link #solutions} also scores with: the rules are built once.
     */
    private final ScoreDirectorFactory<Roster, HardMediumSoftLongScore> scoring;
    private final RosterStore store;

    MovePreviewer(RosterProblemLoader loader, SolverFactory<Roster> solvers,
            SolutionManager<Roster, HardMediumSoftLongScore> solutions, RosterStore store) {
        this.loader = loader;
        this.scoring = ((DefaultSolverFactory<Roster>) solvers).getScoreDirectorFactory();
        this.solutions = solutions;
        this.store = store;
    }

    public MovePreview preview(long campId, RosterMove move, Locale locale) {
        Roster roster = loader.load(campId);
        var before = solutions.analyze(roster);
        var beforeReasons = new ExplanationWriter(roster, locale).explain(before).reasons();
        RosterMove undo = apply(roster, move);
        var after = solutions.analyze(roster);
        var afterReasons = new ExplanationWriter(roster, locale).explain(after).reasons();
        return preview(move, undo, before, after, String.valueOf(before.score()), String.valueOf(after.score()),
                beforeReasons, afterReasons);
    }

    /**
     * As {@link #preview(long, RosterMove, Locale)} for a move of seats alone, on the camp's
     * problem as the caller loaded it, scored around the move's shifts ({@link RosterWindow#around}):
     * every rule changes by exactly what it would in the whole camp, and the reasons the move adds
     * or removes are those of the people and shifts it touches, which are all that differ. A
     * participant's own seat change is checked this way in milliseconds; analysing the whole
     * 750-person camp twice took seconds. The scores are the camp's last recorded one and that
     * one plus the move's difference; each rule's match counts are those around the move (only
     * the organizer's whole-camp preview shows them); {@code camp} is left as it was.
     */
    public MovePreview previewAround(Roster camp, RosterMove move, Locale locale) {
        Roster around = RosterWindow.around(camp, shiftsOf(move), moversOf(move));
        var before = solutions.analyze(around);
        var beforeReasons = new ExplanationWriter(camp, locale).explain(before).reasons();
        RosterMove undo = apply(around, move);
        var after = solutions.analyze(around);
        // The sentences read the camp's own volunteers and seats, so they are worded as the
        // whole camp's analysis words them; the camp gets the move only while they are written.
        apply(camp, move);
        List<Explanation> afterReasons;
        try {
            afterReasons = new ExplanationWriter(camp, locale).explain(after).reasons();
        } finally {
            apply(camp, undo);
        }
        return recorded(camp.getCampId(), move, undo, before, after, beforeReasons, afterReasons);
    }

    /**
     * As {@link #previewAround} on the part of the camp a participant's own take reads
     * ({@link CampAroundLoader}), without the sentences: they are worded from the whole camp, and
     * a take asks only whether a hard rule breaks and what the score becomes.
     */
    public MovePreview checkAround(CampAround part, RosterMove move) {
        Roster around = RosterWindow.around(part, shiftsOf(move), moversOf(move));
        Seat filled = emptySeatFilled(around, move);
        if (filled != null) {
            var recorded = recordedScore(part.camp().getCampId());
            if (recorded.isPresent()) {
                return checkFill(around, filled, move, recorded.get());
            }
        }
        var before = solutions.analyze(around);
        RosterMove undo = apply(around, move);
        var after = solutions.analyze(around);
        return recorded(part.camp().getCampId(), move, undo, before, after, List.of(), List.of());
    }

    /** The seat a move of one participant into one empty seat fills, or null for any other move. */
    private static @Nullable Seat emptySeatFilled(Roster around, RosterMove move) {
        if (move.seats().size() != 1 || !move.beds().isEmpty() || move.seats().getFirst().participantId() == null) {
            return null;
        }
        var change = move.seats().getFirst();
        String id = SeatIds.of(change.shiftId(), change.seat());
        return around.getSeats().stream()
                .filter(seat -> seat.getId().equals(id) && seat.getVolunteer() == null && !seat.isPinned())
                .findFirst().orElse(null);
    }

    /**
     * A participant filling an empty seat, scored once: one score session for the problem
     * around the seat, scored as it is, then again incrementally after the seat is filled,
     * which touches only the rules that read that seat. Analysing the problem before and after,
     * as the general check does, builds and justifies it twice, with all 750 people of the L
     * camp as facts (about 0.2 s of a take; docs/benchmark.md). It agrees with that check on
     * every rule ({@code TakeCheckTest}); match counts are not counted here (0), a take shows
     * none. {@code around} is the caller's own copy and keeps the move.
     */
    private MovePreview checkFill(Roster around, Seat seat, RosterMove move, HardMediumSoftLongScore recorded) {
        long participantId = Objects.requireNonNull(move.seats().getFirst().participantId());
        Volunteer taker = around.getVolunteers().stream().filter(v -> v.getId() == participantId).findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        ScoreAnalysis<HardMediumSoftLongScore> before;
        ScoreAnalysis<HardMediumSoftLongScore> after;
        try (var director = scoring.createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED_WITHOUT_JUSTIFICATIONS).build()) {
            director.setWorkingSolution(around);
            director.calculateScore();
            before = director.buildScoreAnalysis(ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            director.beforeVariableChanged(seat, "volunteer");
            seat.setVolunteer(taker);
            director.afterVariableChanged(seat, "volunteer");
            director.calculateScore();
            after = director.buildScoreAnalysis(ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        }
        var changes = after.diff(before).constraintAnalyses().stream()
                .filter(c -> !c.score().equals(HardMediumSoftLongScore.ZERO))
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .map(c -> new MovePreview.ConstraintChange(c.constraintName(), ExplanationWriter.level(c.score()),
                        ExplanationWriter.cost(c.score()), 0, 0))
                .toList();
        var scoreAfter = recorded.add(after.score().subtract(before.score()));
        var undo = new RosterMove(List.of(new RosterMove.SeatChange(seat.getShift().getId(), seat.getIndex(), null)),
                List.of());
        return new MovePreview(move, undo, String.valueOf(recorded), String.valueOf(scoreAfter),
                scoreAfter.isFeasible(), changes, List.of(), List.of());
    }

    private java.util.Optional<HardMediumSoftLongScore> recordedScore(long campId) {
        return store.lastResult(campId).map(status -> status.score())
                .filter(score -> score != null && !score.equals("null"))
                .map(HardMediumSoftLongScore::parseScore);
    }

    /** The preview with the camp's last recorded score as before, and after it that plus the move's difference. */
    private MovePreview recorded(long campId, RosterMove move, RosterMove undo,
            ScoreAnalysis<HardMediumSoftLongScore> before, ScoreAnalysis<HardMediumSoftLongScore> after,
            List<Explanation> beforeReasons, List<Explanation> afterReasons) {
        var recorded = recordedScore(campId);
        var change = after.score().subtract(before.score());
        return preview(move, undo, before, after,
                recorded.map(String::valueOf).orElse(String.valueOf(before.score())),
                recorded.map(score -> String.valueOf(score.add(change))).orElse(String.valueOf(after.score())),
                beforeReasons, afterReasons);
    }

    private static Set<Long> shiftsOf(RosterMove move) {
        if (!move.beds().isEmpty() || move.seats().isEmpty()) {
            throw new IllegalArgumentException("only a move of seats is scored around its shifts");
        }
        Set<Long> shiftIds = new HashSet<>();
        move.seats().forEach(change -> shiftIds.add(change.shiftId()));
        return shiftIds;
    }

    private static Set<Long> moversOf(RosterMove move) {
        Set<Long> movers = new HashSet<>();
        move.seats().stream().filter(change -> change.participantId() != null)
                .forEach(change -> movers.add(change.participantId()));
        return movers;
    }

    private static MovePreview preview(RosterMove move, RosterMove undo, ScoreAnalysis<HardMediumSoftLongScore> before,
            ScoreAnalysis<HardMediumSoftLongScore> after, String scoreBefore, String scoreAfter,
            List<Explanation> beforeReasons, List<Explanation> afterReasons) {
        var diff = after.diff(before);
        var changes = diff.constraintAnalyses().stream()
                .filter(c -> !c.score().equals(HardMediumSoftLongScore.ZERO))
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .map(c -> new MovePreview.ConstraintChange(c.constraintName(), ExplanationWriter.level(c.score()),
                        ExplanationWriter.cost(c.score()), matches(before, c.constraintName()),
                        matches(after, c.constraintName())))
                .toList();
        return new MovePreview(move, undo, scoreBefore, scoreAfter,
                HardMediumSoftLongScore.parseScore(scoreAfter).isFeasible(), changes, minus(afterReasons, beforeReasons),
                minus(beforeReasons, afterReasons));
    }

    /** Applies the move to the planning model and returns the move that would undo it. */
    private static RosterMove apply(Roster roster, RosterMove move) {
        Map<Long, Volunteer> volunteers = index(roster.getVolunteers(), Volunteer::getId);
        Map<String, Seat> seats = index(roster.getSeats(), Seat::getId);
        Map<Long, Stay> stays = index(roster.getStays(), Stay::getId);
        Map<Long, Bed> beds = index(roster.getBeds(), Bed::getId);
        var undoSeats = new ArrayList<RosterMove.SeatChange>();
        for (var change : move.seats()) {
            Seat seat = seats.get(SeatIds.of(change.shiftId(), change.seat()));
            if (seat == null) {
                throw new NotFoundException("Seat " + change.seat() + " of shift", change.shiftId());
            }
            undoSeats.add(new RosterMove.SeatChange(change.shiftId(), change.seat(),
                    seat.getVolunteer() == null ? null : seat.getVolunteer().getId()));
            seat.setVolunteer(find(volunteers, change.participantId(), "Participant"));
        }
        var undoBeds = new ArrayList<RosterMove.BedChange>();
        for (var change : move.beds()) {
            Stay stay = stays.get(change.participantId());
            if (stay == null) {
                throw new NotFoundException("Participant", change.participantId());
            }
            undoBeds.add(new RosterMove.BedChange(change.participantId(),
                    stay.getBed() == null ? null : stay.getBed().getId()));
            stay.setBed(find(beds, change.bedId(), "Bed"));
        }
        return new RosterMove(undoSeats, undoBeds);
    }

    private static <T> @Nullable T find(Map<Long, T> items, @Nullable Long id, String what) {
        if (id == null) {
            return null;
        }
        T item = items.get(id);
        if (item == null) {
            throw new NotFoundException(what, id);
        }
        return item;
    }

    private static int matches(ScoreAnalysis<HardMediumSoftLongScore> analysis, String constraint) {
        var found = analysis.getConstraintAnalysis(constraint);
        return found == null ? 0 : found.matchCount();
    }

    /** The reasons of {@code these} that {@code others} does not have, counting duplicates. */
    private static List<Explanation> minus(List<Explanation> these, List<Explanation> others) {
        var left = new ArrayList<>(others);
        var result = new ArrayList<Explanation>();
        for (Explanation reason : these) {
            if (!left.remove(reason)) {
                result.add(reason);
            }
        }
        return result;
    }

    private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.toMap(key, item -> item));
    }
}
