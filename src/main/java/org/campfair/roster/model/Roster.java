package org.campfair.roster.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.jspecify.annotations.Nullable;

/**
 * One camp's roster: who sits on which shift and who sleeps in which bed. Hard breaks a rule
 * of the camp, medium leaves work or people unplaced, soft is about fairness and comfort.
 */
@PlanningSolution
public class Roster {

    private long campId;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Volunteer> volunteers;

    /**
     * In a window re-plan, the camp's volunteers who hold and could take no seat of the window:
     * facts that are no planning value, there so that fairness still weighs everyone's load
     * ({@link FixedWork#minutes}). Empty in a whole-camp problem.
     */
    @ProblemFactCollectionProperty
    private List<Volunteer> otherVolunteers = List.of();

    @ProblemFactCollectionProperty
    private List<Shift> shifts;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Bed> beds;

    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    @PlanningEntityCollectionProperty
    private List<Stay> stays;

    /**
     * The camp's own weights for soft constraints, by constraint name; constraints not named
     * here keep the defaults written in the constraint provider. Timefold finds this field by
     * its type; it has no getter because Timefold would then insist on a setter too.
     */
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    /**
     * Whether only a window of the camp is re-planned (a same-day absence): the problem holds
     * the window's seats alone, every bed is pinned, and what lies outside is fixed work of the
     * volunteers ({@link FixedWork}). The start then fills the window's empty seats alone
     * instead of rebuilding and balancing the whole camp, which took longer than the window's
     * time limit.
     */
    private boolean windowOnly;

    /**
     * The days off the solver's start keeps free for each volunteer in the roster it built
     * (empty when it planned none), so the local search can keep to them; not part of the
     * problem and never saved.
     */
    private Map<Volunteer, Set<LocalDate>> plannedDaysOff = Map.of();

    /**
     * The solve's time limit (null: none known), so the start can keep to its share of it and
     * leave the local search the rest; not part of the problem and never saved.
     */
    private @Nullable Duration timeLimit;

    /**
     * How long the start's balance pass took (zero before it ran), so the level trials, each
     * another such pass, can tell whether one fits in their share of the time limit; not part of
     * the problem and never saved.
     */
    private Duration startBalanceTime = Duration.ZERO;

    /** For Timefold's solution cloner only; the fields are filled in by reflection. */
    public Roster() {
    }

    /** A roster that weighs every soft constraint by its default weight. */
    public Roster(long campId, List<Volunteer> volunteers, List<Shift> shifts, List<Bed> beds,
            List<Seat> seats, List<Stay> stays) {
        this(campId, volunteers, shifts, beds, seats, stays, ConstraintWeightOverrides.none());
    }

    public Roster(long campId, List<Volunteer> volunteers, List<Shift> shifts, List<Bed> beds,
            List<Seat> seats, List<Stay> stays,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.campId = campId;
        this.volunteers = volunteers;
        this.shifts = shifts;
        this.beds = beds;
        this.seats = seats;
        this.stays = stays;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    /**
     * A window re-plan's problem: {@code volunteers} are those who hold or could take a seat of
     * the window, {@code seats} the window's, {@code otherVolunteers} everyone else, with the
     * weights of {@code camp}.
     */
    public static Roster window(Roster camp, List<Volunteer> volunteers, List<Volunteer> otherVolunteers,
            List<Shift> shifts, List<Seat> seats, List<Stay> stays) {
        var window = new Roster(camp.campId, volunteers, shifts, camp.beds, seats, stays,
                camp.constraintWeightOverrides);
        window.otherVolunteers = otherVolunteers;
        window.windowOnly = true;
        return window;
    }

    public List<Volunteer> getOtherVolunteers() {
        return otherVolunteers;
    }

    public boolean isWindowOnly() {
        return windowOnly;
    }

    public void setWindowOnly(boolean windowOnly) {
        this.windowOnly = windowOnly;
    }

    public Map<Volunteer, Set<LocalDate>> getPlannedDaysOff() {
        return plannedDaysOff;
    }

    public void setPlannedDaysOff(Map<Volunteer, Set<LocalDate>> plannedDaysOff) {
        this.plannedDaysOff = plannedDaysOff;
    }

    public @Nullable Duration getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(@Nullable Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public Duration getStartBalanceTime() {
        return startBalanceTime;
    }

    public void setStartBalanceTime(Duration startBalanceTime) {
        this.startBalanceTime = startBalanceTime;
    }

    /**
     * The same volunteers, seats and stays weighed at the default weights, to count how often
     * the roster breaks a rule that the camp weighs at 0 (such a rule scores nothing).
     */
    public Roster atDefaultWeights() {
        var same = new Roster(campId, volunteers, shifts, beds, seats, stays);
        same.otherVolunteers = otherVolunteers;
        same.windowOnly = windowOnly;
        return same;
    }

    public long getCampId() {
        return campId;
    }

    /** The camp's soft weight of a constraint, or {@code defaultWeight} when the camp has not set one. */
    public long softWeight(String constraintName, long defaultWeight) {
        HardMediumSoftLongScore weight = constraintWeightOverrides.getConstraintWeight(constraintName);
        return weight == null ? defaultWeight : weight.softScore();
    }

    public List<Volunteer> getVolunteers() {
        return volunteers;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public List<Bed> getBeds() {
        return beds;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public List<Stay> getStays() {
        return stays;
    }

    public @Nullable HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftLongScore score) {
        this.score = score;
    }
}
