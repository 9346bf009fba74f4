package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Unequal seat exchanges, one kind of {@link FairnessMoves}: the busy volunteer's drawn seat,
 * alone or with one more of theirs, goes to the receiver for one to three of a few of the
 * receiver's seats, three seats or more in all (one for one is a trade or a plain swap), each
 * seat one the other has the skills for. Of the {@link #CHECKS} exchanges that even the two
 * loads out most, the first both can make by the rules of {@link #fits} is offered. One that
 * widens the two's spread is offered too when nothing evener passes, and the score decides, as
 * for plain changes. Offering only exchanges that even the two out took the benchmark's S seed 3
 * back from -198,640 to -211,330 by the default weights, so the exchanges that win there pay in
 * the other rules; with fairness alone that guard made S seed 1 fairer (sd 0.0965 against
 * 0.1156-0.1327), which is the price of leaving it out (docs/benchmark.md).
 *
 * <p>Why: on the benchmark's S camp, seed 3, the fairest roster CP-SAT found, which also
 * scores better by the default weights, has a returning volunteer and a newcomer trade two
 * three-hour seats for three shorter ones on other days (docs/benchmark.md). Each first step
 * of that trade breaks a rule (two shifts at once, too many hours in a day, a gentle start) or
 * widens the spread, so no move of one seat a side walks it.
 *
 * <p>Reads the counts of {@link FairnessMoves} as they were at its last count; a seat that has
 * changed hands since is not offered.
 */
final class SeatExchanges {

    /** Before the first count: no one to exchange with. */
    static final SeatExchanges NONE = new SeatExchanges(List.of(), List.of(), new long[0], new int[0], Map.of());

    /** An exchange looks at this many of the receiver's seats, drawn at random. */
    private static final int SAMPLE = 6;
    /** An exchange takes at most this many of the receiver's seats. */
    private static final int MOST_TAKEN = 3;
    /** The evenest exchanges checked against the rules, at most. */
    private static final int CHECKS = 8;

    private final List<Volunteer> volunteers;
    private final List<List<Seat>> seatsOf;
    private final long[] minutes;
    private final int[] availableDays;
    private final Map<Volunteer, Set<LocalDate>> plannedDaysOff;
    private final double mean;

    /** Everyone's seats and worked minutes as counted, indexed alike, and the start's planned days off. */
    SeatExchanges(List<Volunteer> volunteers, List<List<Seat>> seatsOf, long[] minutes, int[] availableDays,
            Map<Volunteer, Set<LocalDate>> plannedDaysOff) {
        this.volunteers = volunteers;
        this.seatsOf = seatsOf;
        this.minutes = minutes;
        this.availableDays = availableDays;
        this.plannedDaysOff = plannedDaysOff;
        // The camp's own people only: in a window re-plan the fairness rule also counts the people
        // outside it, so there the mean ranks exchanges a little off when available days differ.
        double sum = 0;
        for (int i = 0; i < volunteers.size(); i++) {
            sum += load(i);
        }
        mean = volunteers.isEmpty() ? 0 : sum / volunteers.size();
    }

    /**
     * An exchange between the busy volunteer (whose seat {@code anchor} is) and the receiver, as
     * the class comment says; null when none of the evenest can be made.
     */
    @Nullable Reassign offer(Random random, Seat anchor, int busy, int receiver,
            PlanningVariableMetaModel<Roster, Seat, Volunteer> variable) {
        Volunteer busyVolunteer = volunteers.get(busy);
        Volunteer receiverVolunteer = volunteers.get(receiver);
        List<Seat> takeable = new ArrayList<>(movableSeats(receiver).stream()
                .filter(seat -> Eligibility.canTake(busyVolunteer, seat.getShift())).toList());
        Collections.shuffle(takeable, random);
        List<List<Seat>> takes = new ArrayList<>();
        subsets(takeable.subList(0, Math.min(SAMPLE, takeable.size())), 0, new ArrayList<>(), takes);
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
                    long gained = minutesOf(take) - minutesOf(give); // by the busy volunteer; the receiver loses as much
                    exchanges.add(new Exchange(give, take, spreadChange(busy, receiver, gained)));
                }
            }
        }
        // The rules are checked in order of evenness, and only for the first few: checking every
        // exchange cut the 7-day camp's search from 37,600 score calculations a second to 11,100.
        exchanges.sort(Comparator.comparingDouble(Exchange::spreadChange));
        for (Exchange exchange : exchanges.subList(0, Math.min(CHECKS, exchanges.size()))) {
            if (fits(receiver, exchange.take(), exchange.give())
                    && fits(busy, exchange.give(), exchange.take())) {
                List<Seat> seats = new ArrayList<>(exchange.give());
                seats.addAll(exchange.take());
                List<@Nullable Volunteer> to = new ArrayList<>(seats.size());
                exchange.give().forEach(seat -> to.add(receiverVolunteer));
                exchange.take().forEach(seat -> to.add(busyVolunteer));
                return new Reassign(variable, List.copyOf(seats), Collections.unmodifiableList(to));
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

    /** Every non-empty subset of {@code seats} of at most {@link #MOST_TAKEN}, from {@code from} on. */
    private static void subsets(List<Seat> seats, int from, List<Seat> chosen, List<List<Seat>> into) {
        for (int i = from; i < seats.size(); i++) {
            chosen.add(seats.get(i));
            into.add(List.copyOf(chosen));
            if (chosen.size() < MOST_TAKEN) {
                subsets(seats, i + 1, chosen, into);
            }
            chosen.removeLast();
        }
    }

    private static long minutesOf(List<Seat> seats) {
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
        return 2 * busyDelta * (load(busy) - mean) + busyDelta * busyDelta
                + 2 * receiverDelta * (load(receiver) - mean) + receiverDelta * receiverDelta
                - total * total / volunteers.size();
    }

    /**
     * Whether the volunteer can give up {@code givenUp} (seats they hold) and take the seats
     * {@code taken} by the rules {@link FairnessMoves} keeps for one seat: skills and availability,
     * {@link Eligibility#fits} against every shift they keep or take, no work on a planned day
     * off they do not work already, no sixth working day in a row.
     */
    private boolean fits(int index, List<Seat> givenUp, List<Seat> taken) {
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
            // offer() kept only seats with the skills; checked again so this method states every rule
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

    /** Minutes per available day, as counted. */
    private double load(int index) {
        return minutes[index] / (double) availableDays[index];
    }
}
