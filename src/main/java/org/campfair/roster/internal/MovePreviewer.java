package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    MovePreviewer(RosterProblemLoader loader, SolutionManager<Roster, HardMediumSoftLongScore> solutions) {
        this.loader = loader;
        this.solutions = solutions;
    }

    public MovePreview preview(long campId, RosterMove move, Locale locale) {
        Roster roster = loader.load(campId);
        var before = solutions.analyze(roster);
        var beforeReasons = new ExplanationWriter(roster, locale).explain(before).reasons();
        RosterMove undo = apply(roster, move);
        var after = solutions.analyze(roster);
        var afterReasons = new ExplanationWriter(roster, locale).explain(after).reasons();
        var diff = after.diff(before);
        var changes = diff.constraintAnalyses().stream()
                .filter(c -> !c.score().equals(HardMediumSoftLongScore.ZERO))
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .map(c -> new MovePreview.ConstraintChange(c.constraintName(), ExplanationWriter.level(c.score()),
                        ExplanationWriter.cost(c.score()), matches(before, c.constraintName()),
                        matches(after, c.constraintName())))
                .toList();
        return new MovePreview(move, undo, String.valueOf(before.score()), String.valueOf(after.score()),
                after.score().isFeasible(), changes, minus(afterReasons, beforeReasons),
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
