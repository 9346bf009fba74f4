package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.MoveAdapters;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Moves that turn a sixth working day in a row into a rest day in one step ({@link Reassign}):
 * every seat the volunteer holds that day goes to someone who can take it, and the volunteer
 * makes up the hours ({@link #makeUp}) on a day of the stay not worked yet that splits the run,
 * or on a day worked anyway.
 *
 * <p>Why they were tried: on the benchmark's 7-day camp the search ends with about 25 days past
 * five (15,000 each by the default weights). Plain changes and swaps clear such a day a seat at
 * a time, every step on the way worse. Measured (docs/benchmark.md, 2026-12-06): the days past
 * five fell from 25-26 to 18-21, but the gap rose and the score ended 1-6% worse, so the default
 * does not draw them; the benchmark's candidates do. Those days belong to newcomers allowed 3 or 4 hours
 * a day, whom a seventh-day rest leaves well below the mean unless they work both ends of the
 * stay, whose light days have few seats.
 *
 * <p>Receivers keep the rules of {@link Eligibility}, get no sixth day in a row themselves
 * ({@link DaysInARow}) and no work on a planned day off ({@link PlannedDaysOff}); a seat above
 * the shift's minimum that nobody can take is left empty, a required one keeps the day from
 * being freed. Counts are refreshed as in {@link FairnessMoves}. Window re-plans get no such
 * moves: their people's days outside the window are fixed work.
 */
public final class RestDayMoves
        implements MoveIteratorFactory<Roster, ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> {

    private static final int RECEIVER_SAMPLE = 12;
    private static final int ATTEMPTS = 10;
    private static final int[] NOBODY = {};

    private ShiftCandidates shiftCandidates = ShiftCandidates.NONE;
    private List<Volunteer> volunteers = List.of();
    private int[] availableDays = new int[0];
    private long[] minutes = new long[0];
    private List<List<Seat>> seatsOf = List.of();
    private Map<LocalDate, List<Seat>> seatsByDay = Map.of();
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
        shiftCandidates = ShiftCandidates.of(roster);
        availableDays = volunteers.stream().mapToInt(v -> Math.max(1, v.availableDays())).toArray();
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
        if (movesSinceRefresh >= FairnessMoves.REFRESH_AFTER) {
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
        seatsOf = IntStream.range(0, volunteers.size()).<List<Seat>>mapToObj(i -> new ArrayList<>()).toList();
        seatsByDay = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            seatsByDay.computeIfAbsent(seat.getShift().getDay(), day -> new ArrayList<>()).add(seat);
            Integer index = shiftCandidates.indexOf(seat.getVolunteer());
            if (index != null) {
                minutes[index] += seat.workedMinutes();
                seatsOf.get(index).add(seat);
            }
        }
        tired = windowOnly ? NOBODY : IntStream.range(0, volunteers.size())
                .filter(i -> !DaysInARow.longRunDays(workingDays(i, null)).isEmpty()).toArray();
        movesSinceRefresh = 0;
    }

    Move<Roster> nextMove(Random random) {
        for (int attempt = 0; attempt < ATTEMPTS && tired.length > 0; attempt++) {
            int index = tired[random.nextInt(tired.length)];
            Set<LocalDate> worked = workingDays(index, null);
            List<LocalDate> days = new ArrayList<>(DaysInARow.longRunDays(worked));
            Collections.shuffle(days, random);
            // The days that free the most days past five first, the rest at random.
            days.sort(Comparator.comparingInt((LocalDate day) -> DaysInARow.freedByRest(worked, day)).reversed());
            for (LocalDate day : days) {
                Move<Roster> move = restDay(random, index, day);
                if (move != null) {
                    return move;
                }
            }
        }
        return NothingToMove.INSTANCE;
    }

    /**
     * The volunteer's seats on {@code day} handed out; then, on the days they keep working, they
     * take back about as many minutes ({@link #makeUp}).
     */
    private @Nullable Move<Roster> restDay(Random random, int index, LocalDate day) {
        Volunteer tiredOne = volunteers.get(index);
        List<Seat> given = seatsOf.get(index).stream()
                .filter(seat -> seat.getVolunteer() == tiredOne && seat.getShift().getDay().equals(day)).toList();
        if (given.isEmpty() || given.stream().anyMatch(Seat::isPinned)) {
            return null;
        }
        Change change = new Change(index);
        for (Seat seat : seatsOf.get(index)) {
            if (seat.getVolunteer() == tiredOne && !given.contains(seat)) {
                change.kept.add(seat);
            }
        }
        long givenMinutes = 0;
        for (Seat seat : given) {
            int receiver = receiver(random, seat.getShift(), change.involved);
            if (receiver < 0 && seat.isRequired()) {
                return null;
            }
            change.move(seat, receiver < 0 ? null : volunteers.get(receiver));
            if (receiver >= 0) {
                change.involved.add(receiver);
                change.receivers.add(receiver);
            }
            givenMinutes += seat.getShift().durationMinutes();
        }
        makeUp(random, change, day, givenMinutes);
        return new Reassign(variable(), List.copyOf(change.seats), Collections.unmodifiableList(change.to));
    }

    /**
     * Gives the tired volunteer back up to {@code minutes}, first on days of the stay not worked
     * yet that keep every run at five, then on days worked anyway ({@link #bestSeatOn}). On the
     * 7-day camp almost no receiver had a seat the tired volunteer could add beside their own:
     * they work full days.
     */
    private void makeUp(Random random, Change change, LocalDate restDay, long minutes) {
        Volunteer tiredOne = volunteers.get(change.tired);
        Set<LocalDate> worked = workingDays(change.tired, null);
        worked.remove(restDay);
        List<LocalDate> keptDays = new ArrayList<>(worked);
        Collections.shuffle(keptDays, random);
        // Days of the stay not worked yet first: a middle day's work moved to the end of a stay splits the run.
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = tiredOne.getArrivesOn(); !day.isAfter(tiredOne.getDepartsOn()); day = day.plusDays(1)) {
            if (!worked.contains(day) && !day.equals(restDay)) {
                days.add(day);
            }
        }
        Collections.shuffle(days, random);
        days.addAll(keptDays);
        long madeUp = 0;
        for (LocalDate day : days) {
            if (madeUp >= minutes) {
                return;
            }
            boolean newDay = !worked.contains(day);
            if (newDay && (DaysInARow.daysPastMaxIfWorked(worked, day) > 0
                    || !PlannedDaysOff.keeps(plannedDaysOff, tiredOne, day))) {
                continue;
            }
            Pick pick = bestSeatOn(day, newDay, change);
            if (pick != null) {
                Volunteer holder = pick.seat().getVolunteer();
                Seat replaced = pick.replaced();
                madeUp += pick.seat().getShift().durationMinutes()
                        - (replaced == null ? 0 : replaced.getShift().durationMinutes());
                worked.add(day);
                change.move(pick.seat(), tiredOne);
                change.kept.add(pick.seat());
                if (replaced != null) {
                    change.move(replaced, holder);
                    change.kept.remove(replaced);
                    change.involved.add(Objects.requireNonNull(shiftCandidates.indexOf(holder)));
                }
            }
        }
    }

    /** A seat the tired volunteer takes, and the seat of theirs its holder gets in exchange (or null). */
    private record Pick(Seat seat, @Nullable Seat replaced) {
    }

    /**
     * The seat of the day to make up with: a receiver's first (both keep their level), then an
     * empty one, then the busiest holder's, in exchange for a shorter seat of the tired
     * volunteer's on a day they work, or outright on a new day when the holder is busier.
     */
    private @Nullable Pick bestSeatOn(LocalDate day, boolean newDay, Change change) {
        Volunteer tiredOne = volunteers.get(change.tired);
        Pick best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Seat seat : seatsByDay.getOrDefault(day, List.of())) {
            Volunteer holder = seat.getVolunteer();
            Integer holderIndex = shiftCandidates.indexOf(holder);
            boolean receiver = holderIndex != null && change.receivers.contains(holderIndex);
            if (seat.isPinned() || change.seats.contains(seat) || holder == tiredOne
                    || holderIndex != null && change.involved.contains(holderIndex) && !receiver
                    || !Eligibility.canTake(tiredOne, seat.getShift())) {
                continue;
            }
            int rank = receiver ? 0 : holderIndex == null ? 1 : 2;
            if (rank > bestRank || rank == 2 && bestRank == 2
                    && load(holderIndex) <= load(Objects.requireNonNull(shiftCandidates.indexOf(Objects.requireNonNull(best).seat().getVolunteer())))) {
                continue;
            }
            Seat swapped = rank < 2 ? addable(tiredOne, seat, change)
                    : newDay ? (load(holderIndex) > load(change.tired) ? addable(tiredOne, seat, change) : null)
                    : upgrade(tiredOne, seat, holderIndex, change);
            if (swapped != null) {
                best = new Pick(seat, swapped == seat ? null : swapped);
                bestRank = rank;
            }
        }
        return best;
    }

    /** {@code seat} itself when the tired volunteer can add the empty seat to what they keep; null if not. */
    private @Nullable Seat addable(Volunteer tiredOne, Seat seat, Change change) {
        return Eligibility.fits(tiredOne, seat.getShift(), change.kept, Seat::getShift, Eligibility.GentleStart.FIRST_DAYS)
                ? seat : null;
    }

    /**
     * The tired volunteer's shorter seat of the same day that they can give the holder of the
     * longer {@code seat} in exchange for it; null if none.
     */
    private @Nullable Seat upgrade(Volunteer tiredOne, Seat seat, int holder, Change change) {
        Shift longer = seat.getShift();
        for (Seat mine : change.kept) {
            Shift shorter = mine.getShift();
            if (mine.isPinned() || !shorter.getDay().equals(longer.getDay())
                    || shorter.durationMinutes() >= longer.durationMinutes()
                    || !Eligibility.canTake(volunteers.get(holder), shorter)) {
                continue;
            }
            Function<Seat, @Nullable Shift> keeps = s -> s == mine ? null : s.getShift();
            if (Eligibility.fits(tiredOne, longer, change.kept, keeps, Eligibility.GentleStart.FIRST_DAYS)
                    && fits(holder, shorter, seat)) {
                return mine;
            }
        }
        return null;
    }

    /** The least busy of a few drawn who could take the shift and is not in the move yet, or -1. */
    private int receiver(Random random, Shift shift, Set<Integer> involved) {
        int[] candidates = shiftCandidates.of(shift);
        int best = -1;
        for (int i = 0; i < RECEIVER_SAMPLE && candidates.length > 0; i++) {
            int other = candidates[random.nextInt(candidates.length)];
            if (!involved.contains(other) && (best < 0 || load(other) < load(best)) && fits(other, shift, null)) {
                best = other;
            }
        }
        return best;
    }

    /** A rest day being put together: the seats moved, who gets them, and who is in it already. */
    private static final class Change {
        final int tired;
        final List<Seat> kept = new ArrayList<>();
        final List<Seat> seats = new ArrayList<>();
        final List<@Nullable Volunteer> to = new ArrayList<>();
        final Set<Integer> involved = new HashSet<>();
        final Set<Integer> receivers = new HashSet<>();

        Change(int tired) {
            this.tired = tired;
            involved.add(tired);
        }

        void move(Seat seat, @Nullable Volunteer volunteer) {
            seats.add(seat);
            to.add(volunteer);
        }
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

    private double load(int index) {
        return minutes[index] / (double) availableDays[index];
    }

    private PlanningVariableMetaModel<Roster, Seat, Volunteer> variable() {
        return Objects.requireNonNull(volunteerVariable, "RestDayMoves used before its phase started");
    }
}
