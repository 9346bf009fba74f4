package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
 * ({@link #exchange}).
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
 * old only aim a move slightly less well; the moves themselves are always valid.
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
    /** An exchange looks at this many of the receiver's seats, drawn at random. */
    private static final int EXCHANGE_SAMPLE = 6;
    /** An exchange takes at most this many of the receiver's seats. */
    private static final int EXCHANGE_MOST_TAKEN = 3;
    /** The evenest exchanges checked against the rules, at most. */
    private static final int EXCHANGE_CHECKS = 8;

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
    /** The share of moves that are unequal seat exchanges ({@link #exchange}); at 0 no draw is spent on them. */
    private double exchangeShare;
    /** The mean load as last counted, for {@link #spreadChange}. */
    private double mean;

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
     * ({@link #exchange}): 0 for never. A custom property ({@code exchangeShare}) of the move
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
        mean = IntStream.range(0, volunteers.size()).mapToDouble(i -> load(i, 0)).average().orElse(0);
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
                // One exchange a draw: on the 7-day camp four in five fail the rules, and each
                // costs about as much as scoring two plain moves.
                exchanging = false;
                move = exchange(random, given, busy, receiver);
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

    /**
     * The busy volunteer and the receiver trade unequal numbers of seats: {@code anchor}, alone or
     * with one more of the busy volunteer's seats, for one to three of a few of the receiver's,
     * three seats or more in all (one for one is a {@link Trade} or a plain swap), each seat one
     * the other has the skills for. Of the {@link #EXCHANGE_CHECKS} exchanges that even the loads
     * out most, the first both can make by the rules of {@link #fitsExchange}; null when none can.
     *
     * <p>Why: on the benchmark's S camp, seed 3, the fairest roster CP-SAT found, which also
     * scores better by the default weights, has a returning volunteer and a newcomer trade two
     * three-hour seats for three shorter ones on other days (docs/benchmark.md). Each first step
     * of that trade breaks a rule (two shifts at once, too many hours in a day, a gentle start) or
     * widens the spread, so no move of one seat a side walks it.
     */
    private @Nullable Move<Roster> exchange(Random random, Seat anchor, int busy, int receiver) {
        Volunteer busyVolunteer = volunteers.get(busy);
        Volunteer receiverVolunteer = volunteers.get(receiver);
        List<Seat> takeable = new ArrayList<>(movableSeats(receiver).stream()
                .filter(seat -> Eligibility.canTake(busyVolunteer, seat.getShift())).toList());
        Collections.shuffle(takeable, random);
        List<List<Seat>> takes = new ArrayList<>();
        subsets(takeable.subList(0, Math.min(EXCHANGE_SAMPLE, takeable.size())), 0, new ArrayList<>(), takes);
        List<List<Seat>> gives = new ArrayList<>();
        gives.add(List.of(anchor));
        for (Seat seat : movableSeats(busy)) {
            if (seat != anchor && Eligibility.canTake(receiverVolunteer, seat.getShift())) {
                gives.add(List.of(anchor, seat));
            }
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (List<Seat> give : gives) {
            for (List<Seat> take : takes) {
                if (give.size() + take.size() >= 3) {
                    long gained = minutes(take) - minutes(give); // by the busy volunteer; the receiver loses as much
                    exchanges.add(new Exchange(give, take, spreadChange(busy, receiver, gained)));
                }
            }
        }
        // The rules are checked in order of evenness, and only for the first few: checking every
        // exchange made a fairness move cost 30 times a plain one on the 7-day camp.
        exchanges.sort(Comparator.comparingDouble(Exchange::spreadChange));
        for (Exchange exchange : exchanges.subList(0, Math.min(EXCHANGE_CHECKS, exchanges.size()))) {
            if (fitsExchange(receiver, exchange.take(), exchange.give())
                    && fitsExchange(busy, exchange.give(), exchange.take())) {
                List<Seat> seats = new ArrayList<>(exchange.give());
                seats.addAll(exchange.take());
                List<@Nullable Volunteer> to = new ArrayList<>(seats.size());
                exchange.give().forEach(seat -> to.add(receiverVolunteer));
                exchange.take().forEach(seat -> to.add(busyVolunteer));
                return new Reassign(variable(), List.copyOf(seats), Collections.unmodifiableList(to));
            }
        }
        return null;
    }

    /** The busy volunteer's seats {@code give} for the receiver's {@code take}, and how it changes the spread. */
    private record Exchange(List<Seat> give, List<Seat> take, double spreadChange) {
    }

    /** The volunteer's seats a move may hand on: not pinned, and still theirs since the last count. */
    private List<Seat> movableSeats(int index) {
        Volunteer volunteer = volunteers.get(index);
        return seatsOf.get(index).stream().filter(seat -> !seat.isPinned() && seat.getVolunteer() == volunteer).toList();
    }

    /** Every non-empty subset of {@code seats} of at most {@link #EXCHANGE_MOST_TAKEN}, from {@code from} on. */
    private static void subsets(List<Seat> seats, int from, List<Seat> chosen, List<List<Seat>> into) {
        for (int i = from; i < seats.size(); i++) {
            chosen.add(seats.get(i));
            into.add(List.copyOf(chosen));
            if (chosen.size() < EXCHANGE_MOST_TAKEN) {
                subsets(seats, i + 1, chosen, into);
            }
            chosen.removeLast();
        }
    }

    private static long minutes(List<Seat> seats) {
        long sum = 0;
        for (Seat seat : seats) {
            sum += seat.getShift().durationMinutes();
        }
        return sum;
    }

    /**
     * How much the sum of squared deviations of the loads from their mean changes when the busy
     * volunteer gains {@code gained} minutes and the receiver loses them: negative when the
     * exchange evens the two out. The mean moves with the total when their available days differ.
     */
    private double spreadChange(int busy, int receiver, long gained) {
        double busyDelta = gained / (double) availableDays[busy];
        double receiverDelta = -gained / (double) availableDays[receiver];
        double total = busyDelta + receiverDelta;
        return 2 * busyDelta * (load(busy, 0) - mean) + busyDelta * busyDelta
                + 2 * receiverDelta * (load(receiver, 0) - mean) + receiverDelta * receiverDelta
                - total * total / volunteers.size();
    }

    /**
     * Whether the volunteer can give up {@code givenUp} (seats they hold) and take the seats
     * {@code taken} by the rules {@link #fits} keeps for one seat: skills and availability,
     * {@link Eligibility#fits} against every shift they keep or take, no work on a planned day
     * off they do not work already, no sixth working day in a row.
     */
    private boolean fitsExchange(int index, List<Seat> givenUp, List<Seat> taken) {
        Volunteer volunteer = volunteers.get(index);
        var fixed = volunteer.getFixedWork();
        List<Shift> held = new ArrayList<>(fixed.shifts());
        Set<LocalDate> before = new HashSet<>(fixed.days());
        for (Seat seat : seatsOf.get(index)) {
            if (seat.getVolunteer() == volunteer) {
                before.add(seat.getShift().getDay());
                if (!givenUp.contains(seat)) {
                    held.add(seat.getShift());
                }
            }
        }
        Set<LocalDate> after = new HashSet<>(fixed.days());
        held.forEach(shift -> after.add(shift.getDay()));
        for (Seat seat : taken) {
            Shift shift = seat.getShift();
            if (!Eligibility.canTake(volunteer, shift) || !Eligibility.fits(volunteer, shift, held,
                    Function.<Shift>identity(), Eligibility.GentleStart.FIRST_DAYS)) {
                return false;
            }
            held.add(shift);
            if (before.contains(shift.getDay())) {
                after.add(shift.getDay()); // a day they work already: no new working day
            }
        }
        for (Seat seat : taken) {
            LocalDate day = seat.getShift().getDay();
            if (!after.contains(day)) {
                if (!PlannedDaysOff.keeps(plannedDaysOff, volunteer, day) || !DaysInARow.allows(after, day)) {
                    return false;
                }
                after.add(day);
            }
        }
        return true;
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

    /**
     * What the iterator hands out when no fair move was found in a few tries; never done. The
     * one move here on Timefold's selector-era interface: a move of the new API is always
     * doable, and executing an empty one would let the local search take a step that changes
     * nothing.
     */
    static final class NothingToMove implements ai.timefold.solver.core.impl.heuristic.move.Move<Roster> {

        static final NothingToMove INSTANCE = new NothingToMove();

        @Override
        public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
            return false;
        }

        @Override
        public void doMoveOnly(ScoreDirector<Roster> scoreDirector) {
            throw new IllegalStateException("Not doable");
        }

        @Override
        public Collection<?> getPlanningEntities() {
            return List.of();
        }

        @Override
        public Collection<?> getPlanningValues() {
            return List.of();
        }

        @Override
        public String toString() {
            return "NothingToMove";
        }
    }
}
