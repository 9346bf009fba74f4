package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.MoveAdapters;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import ai.timefold.solver.core.preview.api.move.Rebaser;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Moves that turn a sixth working day in a row into a rest day in one step: every seat the
 * volunteer holds that day goes to someone who can take it, and each receiver, where they can,
 * gives back a seat of about the same length on a day the volunteer works anyway, so both keep
 * their level of work ({@link RestDay}).
 *
 * <p>Why: on the benchmark's 7-day camp the local search ended with 25 days past five (15,000
 * each by the default weights) after {@link LevelTrials} raised the level of work. Plain
 * changes and swaps clear such a day a seat at a time, and every step on the way is worse: the
 * day stays worked until its last seat leaves, and the volunteer's hours drop with each seat.
 * Done at once, with the hours given back on their other days, the day off costs fairness
 * little and the score can see the 15,000 it saves.
 *
 * <p>Receivers keep the rules of {@link Eligibility}, get no sixth day in a row themselves
 * ({@link DaysInARow}) and no work on a planned day off ({@link PlannedDaysOff}); a seat above
 * the shift's minimum that nobody can take is left empty, a required one keeps the day from
 * being freed. Counts are refreshed as in {@link FairnessMoves}, after every
 * {@link #REFRESH_AFTER} moves. Window re-plans get no such moves: their people's days outside
 * the window are fixed work.
 */
public final class RestDayMoves
        implements MoveIteratorFactory<Roster, ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> {

    static final int REFRESH_AFTER = 200;
    private static final int RECEIVER_SAMPLE = 12;
    private static final int ATTEMPTS = 10;
    private static final int[] NOBODY = {};

    private final Map<Shift, int[]> eligible = new IdentityHashMap<>();
    private final Map<Volunteer, Integer> indexOf = new IdentityHashMap<>();
    private List<Volunteer> volunteers = List.of();
    private int[] availableDays = new int[0];
    private long[] minutes = new long[0];
    private List<List<Seat>> seatsOf = List.of();
    /** Volunteers with a run of more than {@link DaysInARow#MAX} working days. */
    private int[] tired = new int[0];
    private Map<Volunteer, Set<LocalDate>> plannedDaysOff = Map.of();
    private boolean windowOnly;
    private int movesSinceRefresh = Integer.MAX_VALUE;
    private @Nullable PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        var metaModel = ((InnerScoreDirector<Roster, ?>) scoreDirector).getSolutionDescriptor().getMetaModel();
        start(scoreDirector.getWorkingSolution(),
                metaModel.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class));
    }

    void start(Roster roster, PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable) {
        this.volunteerVariable = volunteerVariable;
        volunteers = roster.getVolunteers();
        windowOnly = roster.isWindowOnly();
        plannedDaysOff = roster.getPlannedDaysOff();
        indexOf.clear();
        for (int i = 0; i < volunteers.size(); i++) {
            indexOf.put(volunteers.get(i), i);
        }
        availableDays = volunteers.stream().mapToInt(v -> Math.max(1, v.availableDays())).toArray();
        eligible.clear();
        for (Shift shift : roster.getShifts()) {
            eligible.put(shift, IntStream.range(0, volunteers.size())
                    .filter(i -> Eligibility.canTake(volunteers.get(i), shift)).toArray());
        }
        movesSinceRefresh = Integer.MAX_VALUE;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVolunteers().size();
    }

    @Override
    public Iterator<ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> createOriginalMoveIterator(
            ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("Rest day moves are drawn at random only.");
    }

    @Override
    public Iterator<ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> createRandomMoveIterator(
            ScoreDirector<Roster> scoreDirector, Random random) {
        if (movesSinceRefresh >= REFRESH_AFTER) {
            count(scoreDirector.getWorkingSolution());
        }
        return MoveAdapters.toLegacyMoveIterator(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<Roster> next() {
                movesSinceRefresh++;
                return nextMove(random);
            }
        });
    }

    /** Everyone's seats and minutes, and who works more than five days in a row, as the roster is now. */
    void count(Roster roster) {
        minutes = new long[volunteers.size()];
        seatsOf = new ArrayList<>(volunteers.size());
        for (int i = 0; i < volunteers.size(); i++) {
            seatsOf.add(new ArrayList<>());
        }
        for (Seat seat : roster.getSeats()) {
            Integer index = seat.getVolunteer() == null ? null : indexOf.get(seat.getVolunteer());
            if (index != null) {
                minutes[index] += seat.workedMinutes();
                seatsOf.get(index).add(seat);
            }
        }
        tired = windowOnly ? NOBODY : IntStream.range(0, volunteers.size())
                .filter(i -> !longRunDays(workingDays(i, null)).isEmpty()).toArray();
        movesSinceRefresh = 0;
    }

    Move<Roster> nextMove(Random random) {
        for (int attempt = 0; attempt < ATTEMPTS && tired.length > 0; attempt++) {
            int index = tired[random.nextInt(tired.length)];
            Set<LocalDate> worked = workingDays(index, null);
            List<LocalDate> days = new ArrayList<>(longRunDays(worked));
            Collections.shuffle(days, random);
            // The days that free the most days past five first, the rest at random.
            days.sort((a, b) -> Integer.compare(DaysInARow.daysPastMaxIfWorked(without(worked, b), b),
                    DaysInARow.daysPastMaxIfWorked(without(worked, a), a)));
            for (LocalDate day : days) {
                Move<Roster> move = restDay(random, index, day);
                if (move != null) {
                    return move;
                }
            }
        }
        return FairnessMoves.NothingToMove.INSTANCE;
    }

    /** The volunteer's seats on {@code day} handed out, each receiver giving back what they can. */
    private @Nullable Move<Roster> restDay(Random random, int index, LocalDate day) {
        Volunteer tiredOne = volunteers.get(index);
        List<Seat> given = seatsOf.get(index).stream()
                .filter(seat -> seat.getVolunteer() == tiredOne && seat.getShift().getDay().equals(day)).toList();
        if (given.isEmpty() || given.stream().anyMatch(Seat::isPinned)) {
            return null;
        }
        // What the tired volunteer keeps, as it grows with the seats given back.
        Set<Seat> leaving = new HashSet<>(given);
        List<Shift> kept = new ArrayList<>();
        for (Seat seat : seatsOf.get(index)) {
            if (seat.getVolunteer() == tiredOne && !leaving.contains(seat)) {
                kept.add(seat.getShift());
            }
        }
        Set<Integer> receivers = new HashSet<>();
        List<Seat> seats = new ArrayList<>();
        List<@Nullable Volunteer> to = new ArrayList<>();
        for (Seat seat : given) {
            int receiver = receiver(random, seat.getShift(), index, receivers);
            if (receiver < 0 && seat.isRequired()) {
                return null;
            }
            seats.add(seat);
            to.add(receiver < 0 ? null : volunteers.get(receiver));
            if (receiver >= 0) {
                receivers.add(receiver);
                Seat back = givenBack(seat, receiver, tiredOne, kept);
                if (back != null) {
                    seats.add(back);
                    to.add(tiredOne);
                    kept.add(back.getShift());
                }
            }
        }
        return new RestDay(variable(), List.copyOf(seats), Collections.unmodifiableList(to));
    }

    /** The least busy of a few drawn who could take the shift, or -1. */
    private int receiver(Random random, Shift shift, int tiredIndex, Set<Integer> taken) {
        int[] candidates = eligible.getOrDefault(shift, NOBODY);
        int best = -1;
        for (int i = 0; i < RECEIVER_SAMPLE && candidates.length > 0; i++) {
            int other = candidates[random.nextInt(candidates.length)];
            if (other != tiredIndex && !taken.contains(other) && (best < 0 || load(other) < load(best))
                    && fits(other, shift, null)) {
                best = other;
            }
        }
        return best;
    }

    /**
     * The receiver's seat, on a day the tired volunteer works anyway, closest in length to
     * {@code taken}, that the tired volunteer can add to what they keep; null if none.
     */
    private @Nullable Seat givenBack(Seat taken, int receiver, Volunteer tiredOne, List<Shift> kept) {
        Set<LocalDate> keptDays = new HashSet<>();
        kept.forEach(shift -> keptDays.add(shift.getDay()));
        Seat best = null;
        long length = taken.getShift().durationMinutes();
        for (Seat seat : seatsOf.get(receiver)) {
            Shift shift = seat.getShift();
            if (seat.isPinned() || seat.getVolunteer() != volunteers.get(receiver) || !keptDays.contains(shift.getDay())
                    || !Eligibility.canTake(tiredOne, shift)
                    || !Eligibility.fits(tiredOne, shift, kept, Function.<Shift>identity(), Eligibility.GentleStart.FIRST_DAYS)
                    || !fits(receiver, taken.getShift(), seat)) {
                continue;
            }
            if (best == null || Math.abs(shift.durationMinutes() - length)
                    < Math.abs(best.getShift().durationMinutes() - length)) {
                best = seat;
            }
        }
        return best;
    }

    /**
     * Whether the volunteer can add the shift to their seats (minus {@code givenUp}) by the rules
     * of {@link Eligibility}, with no sixth working day in a row and no work on a planned day off.
     */
    private boolean fits(int index, Shift shift, @Nullable Seat givenUp) {
        Volunteer volunteer = volunteers.get(index);
        Function<Seat, @Nullable Shift> keeps = seat -> seat == givenUp || seat.getVolunteer() != volunteer
                ? null : seat.getShift();
        if (!Eligibility.fits(volunteer, shift, seatsOf.get(index), keeps, Eligibility.GentleStart.FIRST_DAYS)) {
            return false;
        }
        Set<LocalDate> days = workingDays(index, givenUp);
        return (days.contains(shift.getDay()) || PlannedDaysOff.keeps(plannedDaysOff, volunteer, shift.getDay()))
                && DaysInARow.allows(days, shift.getDay());
    }

    /** The days the volunteer works, without {@code givenUp}. */
    private Set<LocalDate> workingDays(int index, @Nullable Seat givenUp) {
        Volunteer volunteer = volunteers.get(index);
        Set<LocalDate> days = new HashSet<>(volunteer.getFixedWork().days());
        for (Seat seat : seatsOf.get(index)) {
            if (seat != givenUp && seat.getVolunteer() == volunteer) {
                days.add(seat.getShift().getDay());
            }
        }
        return days;
    }

    /** Working days in runs of more than {@link DaysInARow#MAX} days. */
    static Set<LocalDate> longRunDays(Set<LocalDate> worked) {
        Set<LocalDate> inLongRuns = new TreeSet<>();
        for (LocalDate day : worked) {
            if (!worked.contains(day.minusDays(1))) {
                List<LocalDate> run = new ArrayList<>();
                for (LocalDate d = day; worked.contains(d); d = d.plusDays(1)) {
                    run.add(d);
                }
                if (run.size() > DaysInARow.MAX) {
                    inLongRuns.addAll(run);
                }
            }
        }
        return inLongRuns;
    }

    private static Set<LocalDate> without(Set<LocalDate> days, LocalDate day) {
        Set<LocalDate> rest = new HashSet<>(days);
        rest.remove(day);
        return rest;
    }

    private double load(int index) {
        return minutes[index] / (double) availableDays[index];
    }

    private PlanningVariableMetaModel<Roster, Seat, Volunteer> variable() {
        return Objects.requireNonNull(volunteerVariable, "RestDayMoves used before its phase started");
    }

    /** Each seat goes to its volunteer (or to nobody), all in one step. */
    record RestDay(PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable, List<Seat> seats,
            List<@Nullable Volunteer> to) implements Move<Roster> {

        @Override
        public void execute(MutableSolutionView<Roster> view) {
            for (int i = 0; i < seats.size(); i++) {
                view.changeVariable(volunteerVariable, seats.get(i), to.get(i));
            }
        }

        @Override
        public Move<Roster> rebase(Rebaser rebaser) {
            List<@Nullable Volunteer> rebased = new ArrayList<>(to.size());
            to.forEach(volunteer -> rebased.add(volunteer == null ? null : rebaser.rebase(volunteer)));
            return new RestDay(volunteerVariable, seats.stream().map(rebaser::rebase).toList(),
                    Collections.unmodifiableList(rebased));
        }

        @Override
        public Collection<Seat> getPlanningEntities() {
            return seats;
        }

        @Override
        public Collection<Volunteer> getPlanningValues() {
            return to.stream().filter(Objects::nonNull).map(Objects::requireNonNull).distinct().toList();
        }

        @Override
        public String toString() {
            return "RestDay(" + seats + " -> " + to + ")";
        }
    }
}
