package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import ai.timefold.solver.core.preview.api.move.Rebaser;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Moves aimed at fairness: a seat of one of the busiest volunteers (hours per available day)
 * goes to one of the least busy who could take it ({@link HandOver}), or the two trade a
 * longer shift for a shorter one ({@link Trade}) when a whole shift would overshoot, or, in a
 * share of the draws set by {@link #setExchangeShare}, an unequal number of seats
 * ({@link SeatExchanges}).
 *
 * <p>Why: among random changes and swaps on a 750-person camp almost none move work from
 * someone above the mean to someone below it, so at about 20,000 evaluated moves a second the
 * search spends most of its time on moves fairness can only lose. These moves pick their
 * busy volunteer by tournament (the busiest of a few drawn at random) and the receiver as the
 * least busy of a few drawn from the people with the shift's skills who are at camp, and skip
 * receivers who would overlap a shift they already hold, break the 10 hours of rest, go over
 * their hours for the day or, as newcomers, get a task above their comfort or a second shift
 * on one of their first two days: without that check the moves traded gentle starts
 * for fairness (66 breaches on L against 37 without the moves). For the same reason they
 * never give anyone a sixth working day in a row ({@link DaysInARow}).
 *
 * <p>Loads are counted from the working roster, but only after every {@link #REFRESH_AFTER}
 * generated moves rather than on every step: late acceptance takes a step every few moves, and
 * counting 14,000 seats each time would cost more than the moves. Loads that are a few steps
 * old only aim a move slightly less well. A move only hands on seats still held by whom the
 * count says; a seat someone gained since the count is not checked against, and the score
 * catches any clash it makes.
 *
 * <p>The moves are written on Timefold's new move API ({@code preview.api.move.Move}, which
 * replaces the deprecated {@code AbstractSimplifiedMove}; in 1.32 it needs no preview flag when
 * moves reach the solver through a move selector) and adapted for the selector by
 * {@link MoveAdapters#toLegacyMoveIterator}, as Timefold advises for move iterator factories.
 * The Neighborhoods API that will replace move selectors is a flagged preview in 1.32, samples
 * its moves uniformly and could not keep the loads and tournaments these moves are aimed by.
 */
public final class FairnessMoves
        implements MoveIteratorFactory<Roster, ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> {

    /** Generated moves between two counts of everyone's load; kept deterministic on purpose. */
    static final int REFRESH_AFTER = 200;
    private static final int BUSY_TOURNAMENT = 4;
    private static final int RECEIVER_SAMPLE = 6;
    private static final int ATTEMPTS = 20;

    private ShiftCandidates shiftCandidates = ShiftCandidates.NONE;
    private int[] availableDays = new int[0];
    private List<Volunteer> volunteers = List.of();
    private long[] minutes = new long[0];
    private List<List<Seat>> seatsOf = List.of();
    private int[] workers = new int[0];
    private int movesSinceRefresh = Integer.MAX_VALUE;
    /** The start's planned days off ({@link DayPlans}), which the moves keep to. */
    private Map<Volunteer, Set<LocalDate>> plannedDaysOff = Map.of();
    private @Nullable PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable;
    /** The share of moves that give a busy volunteer's optional seat up to nobody; at 0 no draw is spent on it. */
    private double giveUpShare;
    /** The share of moves that are unequal seat exchanges ({@link SeatExchanges}); at 0 no draw is spent on them. */
    private double exchangeShare;
    /** The exchanges, on the counts of the last {@link #count}. */
    private SeatExchanges exchanges = SeatExchanges.NONE;

    /**
     * How often a move gives up a busy volunteer's optional seat (one above its shift's minimum
     * headcount) instead of handing it over: 0 (the default) for never. A custom property
     * ({@code giveUpShare}) of the move selector, for the benchmark's comparison: among random
     * changes a seat goes to nobody once in about 750 draws on the 750-person camp, so the
     * search hardly ever tries lowering the busiest people's work where nobody below the mean can take it.
     */
    public void setGiveUpShare(double giveUpShare) {
        this.giveUpShare = giveUpShare;
    }

    /**
     * How often a move is an unequal seat exchange between the busy volunteer and the receiver
     * ({@link SeatExchanges}): 0 for never. A custom property ({@code exchangeShare}) of the move
     * selector.
     */
    public void setExchangeShare(double exchangeShare) {
        this.exchangeShare = exchangeShare;
    }

    /**
     * The seat's volunteer variable must be the solver's own: Timefold tells its listeners and
     * its undo by that instance. 1.32 hands a move iterator factory no metamodel, so it is read
     * from the score director behind the public interface.
     */
    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        var metaModel = ((InnerScoreDirector<Roster, ?>) scoreDirector).getSolutionDescriptor().getMetaModel();
        start(scoreDirector.getWorkingSolution(),
                metaModel.genuineEntity(Seat.class).basicVariable("volunteer", Volunteer.class));
    }

    /** Who could take each shift, once per phase: skills and availability do not change. */
    void start(Roster roster, PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable) {
        this.volunteerVariable = volunteerVariable;
        volunteers = roster.getVolunteers();
        plannedDaysOff = roster.getPlannedDaysOff();
        shiftCandidates = ShiftCandidates.of(roster);
        availableDays = volunteers.stream().mapToInt(Volunteer::availableDays).toArray();
        movesSinceRefresh = Integer.MAX_VALUE;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSeats().size();
    }

    @Override
    public Iterator<ai.timefold.solver.core.impl.heuristic.move.Move<Roster>> createOriginalMoveIterator(
            ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("Fairness moves are drawn at random only.");
    }

    /** Moves of Timefold's new move API, adapted for the move selector this factory feeds. */
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

    /**
     * Everyone's worked minutes and seats as the working roster has them now. Pinned seats are
     * counted (they take time and may overlap) but never moved.
     */
    void count(Roster roster) {
        minutes = new long[volunteers.size()];
        seatsOf = new ArrayList<>(volunteers.size());
        for (int i = 0; i < volunteers.size(); i++) {
            seatsOf.add(new ArrayList<>());
            minutes[i] = volunteers.get(i).getFixedWork().minutes(); // outside a re-planned window
        }
        for (Seat seat : roster.getSeats()) {
            Integer index = shiftCandidates.indexOf(seat.getVolunteer());
            if (index != null) {
                minutes[index] += seat.workedMinutes();
                seatsOf.get(index).add(seat);
            }
        }
        workers = IntStream.range(0, volunteers.size())
                .filter(i -> seatsOf.get(i).stream().anyMatch(seat -> !seat.isPinned())).toArray();
        exchanges = new SeatExchanges(volunteers, seatsOf, minutes, availableDays, plannedDaysOff);
        movesSinceRefresh = 0;
    }

    Move<Roster> nextMove(Random random) {
        boolean exchanging = exchangeShare > 0 && random.nextDouble() < exchangeShare;
        for (int attempt = 0; attempt < ATTEMPTS && workers.length > 0; attempt++) {
            int busy = busiest(random);
            List<Seat> seats = seatsOf.get(busy);
            Seat given = seats.get(random.nextInt(seats.size()));
            if (given.isPinned() || given.getVolunteer() != volunteers.get(busy)) {
                continue; // pinned, or the seat changed hands since the last count
            }
            if (giveUpShare > 0 && !given.isRequired() && random.nextDouble() < giveUpShare) {
                return new HandOver(variable(), given, null);
            }
            int receiver = leastBusy(random, given.getShift(), busy);
            if (receiver < 0) {
                continue;
            }
            Move<Roster> move = null;
            if (exchanging) {
                // One exchange a draw: on the 7-day camp 83% find none the rules allow, at 43 µs
                // each (scoring a plain move takes about 27), and retrying them cost the search
                // more than half its speed (12,200 score calculations a second against 28,100).
                exchanging = false;
                move = exchanges.offer(random, given, busy, receiver, variable());
            }
            if (move == null) {
                move = random.nextBoolean() ? handOver(given, busy, receiver) : trade(random, given, busy, receiver);
            }
            if (move != null) {
                return move;
            }
        }
        return NothingToMove.INSTANCE;
    }

    private @Nullable Move<Roster> handOver(Seat given, int busy, int receiver) {
        long length = given.getShift().durationMinutes();
        if (load(receiver, length) >= load(busy, 0) || !fits(receiver, given.getShift(), null)) {
            return null;
        }
        return new HandOver(variable(), given, volunteers.get(receiver));
    }

    /** The receiver gives back a shorter seat the busy volunteer can take, so only the difference moves. */
    private @Nullable Move<Roster> trade(Random random, Seat given, int busy, int receiver) {
        List<Seat> theirs = seatsOf.get(receiver);
        if (theirs.isEmpty()) {
            return null;
        }
        Seat taken = theirs.get(random.nextInt(theirs.size()));
        long difference = given.getShift().durationMinutes() - taken.getShift().durationMinutes();
        Volunteer busyVolunteer = volunteers.get(busy);
        if (difference <= 0 || taken.isPinned() || taken.getVolunteer() != volunteers.get(receiver)
                || load(receiver, difference) >= load(busy, -difference)
                || !Eligibility.canTake(busyVolunteer, taken.getShift())
                || !fits(receiver, given.getShift(), taken) || !fits(busy, taken.getShift(), given)) {
            return null;
        }
        return new Trade(variable(), given, taken);
    }

    private int busiest(Random random) {
        int best = workers[random.nextInt(workers.length)];
        for (int i = 1; i < BUSY_TOURNAMENT; i++) {
            int other = workers[random.nextInt(workers.length)];
            if (load(other, 0) > load(best, 0)) {
                best = other;
            }
        }
        return best;
    }

    private int leastBusy(Random random, Shift shift, int busy) {
        int[] candidates = shiftCandidates.of(shift);
        int best = -1;
        for (int i = 0; i < RECEIVER_SAMPLE && candidates.length > 0; i++) {
            int other = candidates[random.nextInt(candidates.length)];
            if (other != busy && (best < 0 || load(other, 0) < load(best, 0))) {
                best = other;
            }
        }
        return best;
    }

    private PlanningVariableMetaModel<Roster, Seat, Volunteer> variable() {
        return Objects.requireNonNull(volunteerVariable, "FairnessMoves used before its phase started");
    }

    /** Minutes per available day after gaining {@code extraMinutes} (negative to lose some). */
    private double load(int index, long extraMinutes) {
        return (minutes[index] + extraMinutes) / (double) availableDays[index];
    }

    /**
     * Whether the volunteer could add the shift to their seats (minus the one they give up) by
     * the rules of {@link Eligibility}, without working a sixth day in a row and, where the
     * start planned days off, without work on one of them that they do not work already. Seats that
     * changed hands since the last count are not theirs any more.
     */
    private boolean fits(int index, Shift shift, @Nullable Seat givenUp) {
        Volunteer volunteer = volunteers.get(index);
        List<Seat> seats = seatsOf.get(index);
        Function<Seat, @Nullable Shift> keeps = seat -> seat == givenUp || seat.getVolunteer() != volunteer
                ? null : seat.getShift();
        var fixed = volunteer.getFixedWork();
        if (!Eligibility.fits(volunteer, shift, seats, keeps, Eligibility.GentleStart.FIRST_DAYS)
                || fixed.hasShifts() && !fitsWithFixedWork(volunteer, shift, seats, keeps)) {
            return false;
        }
        Set<LocalDate> workingDays = new HashSet<>(fixed.days());
        for (Seat seat : seats) {
            Shift kept = keeps.apply(seat);
            if (kept != null) {
                workingDays.add(kept.getDay());
            }
        }
        LocalDate givenUpDay = givenUp == null ? null : givenUp.getShift().getDay();
        // No work on a planned day off unless they work that day anyway or trade within it.
        boolean keepsPlan = workingDays.contains(shift.getDay()) || shift.getDay().equals(givenUpDay)
                || PlannedDaysOff.keeps(plannedDaysOff, volunteer, shift.getDay());
        return keepsPlan && DaysInARow.allows(workingDays, shift.getDay(), givenUpDay);
    }

    /** In a window re-plan: the shifts they keep and their fixed shifts outside the window, read together. */
    private static boolean fitsWithFixedWork(Volunteer volunteer, Shift shift, List<Seat> seats,
            Function<Seat, @Nullable Shift> keeps) {
        List<Shift> held = new ArrayList<>(volunteer.getFixedWork().shifts());
        for (Seat seat : seats) {
            Shift kept = keeps.apply(seat);
            if (kept != null) {
                held.add(kept);
            }
        }
        return Eligibility.fits(volunteer, shift, held, Function.<Shift>identity(), Eligibility.GentleStart.FIRST_DAYS);
    }

    /** The seat goes to another volunteer, or to nobody ({@code to} null: a busy volunteer's optional seat given up). */
    record HandOver(PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable, Seat seat, @Nullable Volunteer to)
            implements Move<Roster> {

        @Override
        public void execute(MutableSolutionView<Roster> view) {
            view.changeVariable(volunteerVariable, seat, to);
        }

        @Override
        public Move<Roster> rebase(Rebaser rebaser) {
            return new HandOver(volunteerVariable, rebaser.rebase(seat), to == null ? null : rebaser.rebase(to));
        }

        @Override
        public Collection<Seat> getPlanningEntities() {
            return List.of(seat);
        }

        @Override
        public Collection<Volunteer> getPlanningValues() {
            return to == null ? List.of() : List.of(to);
        }

        @Override
        public String toString() {
            return "HandOver(" + seat + " -> " + to + ")";
        }
    }

    /** Two seats trade volunteers. */
    record Trade(PlanningVariableMetaModel<Roster, Seat, Volunteer> volunteerVariable, Seat left, Seat right)
            implements Move<Roster> {

        @Override
        public void execute(MutableSolutionView<Roster> view) {
            Volunteer leftVolunteer = view.getValue(volunteerVariable, left);
            Volunteer rightVolunteer = view.getValue(volunteerVariable, right);
            view.changeVariable(volunteerVariable, left, rightVolunteer);
            view.changeVariable(volunteerVariable, right, leftVolunteer);
        }

        @Override
        public Move<Roster> rebase(Rebaser rebaser) {
            return new Trade(volunteerVariable, rebaser.rebase(left), rebaser.rebase(right));
        }

        @Override
        public Collection<Seat> getPlanningEntities() {
            return List.of(left, right);
        }

        @Override
        public Collection<Volunteer> getPlanningValues() {
            List<Volunteer> values = new ArrayList<>(2);
            if (left.getVolunteer() != null) {
                values.add(left.getVolunteer());
            }
            if (right.getVolunteer() != null) {
                values.add(right.getVolunteer());
            }
            return values;
        }

        @Override
        public String toString() {
            return "Trade(" + left + " <-> " + right + ")";
        }
    }
}
