package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.preview.api.move.Move;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Two people trade unequal numbers of seats: one or two of one person's for one to three of
 * the other's, three seats or more in all (a one-for-one trade is a swap, which the plain moves
 * make).
 *
 * <p>Why: on the benchmark's S camp, seed 3, the fairest roster CP-SAT found had a returning
 * volunteer and a newcomer trade two three-hour seats for three shorter ones on other days
 * (docs/benchmark.md). No swap, hand-over or fairness trade makes that: each moves one seat a
 * side, and every first step of the exchange breaks a rule (two shifts at once, too many hours
 * in a day, a gentle start) or the spread, so the search never walks it.
 *
 * <p>The move draws a person (the busiest of a few, or anyone), one of their seats and someone
 * else who could take it, then tries every exchange of that seat, alone or with one more of the
 * first person's, for up to three of a few of the second person's seats, by the rules of
 * {@link SeatBooks#fits} with the leads kept, and offers the one that evens the two loads out
 * most. No such exchange, no move.
 */
public final class SeatExchanges extends BookedMoves {

    private static final int ATTEMPTS = 10;
    private static final int BUSY_TOURNAMENT = 3;
    private static final int PARTNER_SEATS = 6;
    private static final int MOST_TAKEN = 3;

    /** One side of an exchange: the seats {@code giver} hands to the other. */
    private record Side(int giver, List<Seat> seats, long minutes) {

        List<Shift> shifts() {
            return seats.stream().map(Seat::getShift).toList();
        }
    }

    @Override
    @Nullable Move<Roster> nextMove(SeatBooks books, Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int first = random.nextBoolean() ? busiest(books, random) : random.nextInt(books.size());
            List<Seat> firstSeats = books.movableSeats(first);
            if (firstSeats.isEmpty()) {
                continue;
            }
            Seat anchor = firstSeats.get(random.nextInt(firstSeats.size()));
            int second = partner(books, random, anchor.getShift(), first);
            if (second < 0) {
                continue;
            }
            Move<Roster> move = bestExchange(books, random, first, anchor, firstSeats, second);
            if (move != null) {
                return move;
            }
        }
        return null;
    }

    private @Nullable Move<Roster> bestExchange(SeatBooks books, Random random, int first, Seat anchor,
            List<Seat> firstSeats, int second) {
        List<Seat> secondSeats = new ArrayList<>(books.movableSeats(second));
        Collections.shuffle(secondSeats, random);
        secondSeats = secondSeats.subList(0, Math.min(PARTNER_SEATS, secondSeats.size()));
        List<Side> given = new ArrayList<>(List.of(side(first, List.of(anchor))));
        for (Seat other : firstSeats) {
            if (other != anchor) {
                given.add(side(first, List.of(anchor, other)));
            }
        }
        List<Side> taken = new ArrayList<>();
        subsets(secondSeats, 0, new ArrayList<>(), taken, second);
        Side bestGiven = null;
        Side bestTaken = null;
        double bestChange = Double.MAX_VALUE;
        for (Side give : given) {
            for (Side take : taken) {
                if (give.seats().size() + take.seats().size() < 3) {
                    continue;
                }
                double change = books.spreadChange(new int[] {first, second},
                        new long[] {take.minutes() - give.minutes(), give.minutes() - take.minutes()});
                if (change < bestChange && allowed(books, give, take)) {
                    bestGiven = give;
                    bestTaken = take;
                    bestChange = change;
                }
            }
        }
        if (bestGiven == null) {
            return null;
        }
        List<Seat> seats = new ArrayList<>(bestGiven.seats());
        seats.addAll(bestTaken.seats());
        List<Volunteer> to = new ArrayList<>();
        bestGiven.seats().forEach(seat -> to.add(books.volunteer(second)));
        bestTaken.seats().forEach(seat -> to.add(books.volunteer(first)));
        return new Reassign(variable(), seats, to);
    }

    /** Whether each side can take what the other gives up, by the rules and with every lead kept. */
    private static boolean allowed(SeatBooks books, Side give, Side take) {
        Volunteer giver = books.volunteer(give.giver());
        Volunteer taker = books.volunteer(take.giver());
        List<Seat> changing = new ArrayList<>(give.seats());
        changing.addAll(take.seats());
        return books.fits(take.giver(), take.seats(), give.shifts())
                && books.fits(give.giver(), give.seats(), take.shifts())
                && books.leadsStay(give.seats(), giver, taker, changing)
                && books.leadsStay(take.seats(), taker, giver, changing);
    }

    /** Every non-empty subset of {@code seats} of at most {@link #MOST_TAKEN}, from {@code from} on. */
    private static void subsets(List<Seat> seats, int from, List<Seat> chosen, List<Side> into, int giver) {
        for (int i = from; i < seats.size(); i++) {
            chosen.add(seats.get(i));
            into.add(side(giver, List.copyOf(chosen)));
            if (chosen.size() < MOST_TAKEN) {
                subsets(seats, i + 1, chosen, into, giver);
            }
            chosen.removeLast();
        }
    }

    private static Side side(int giver, List<Seat> seats) {
        return new Side(giver, seats, seats.stream().mapToLong(seat -> seat.getShift().durationMinutes()).sum());
    }

    private static int busiest(SeatBooks books, Random random) {
        int best = random.nextInt(books.size());
        for (int i = 1; i < BUSY_TOURNAMENT; i++) {
            int other = random.nextInt(books.size());
            if (books.load(other) > books.load(best)) {
                best = other;
            }
        }
        return best;
    }

    /** Someone other than {@code first} who could take the shift, drawn at random; -1 when nobody is found. */
    private static int partner(SeatBooks books, Random random, Shift shift, int first) {
        for (int tries = 0; tries < 8; tries++) {
            int other = random.nextInt(books.size());
            if (other != first && books.canTake(other, shift) && !books.movableSeats(other).isEmpty()) {
                return other;
            }
        }
        return -1;
    }
}
