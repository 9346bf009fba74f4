package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.preview.api.move.Move;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Empty seats for several of the least busy at once: a compound top-up that raises the level of
 * work where one seat at a time cannot.
 *
 * <p>Why: a newcomer on three hours a day who is somewhat below the mean cannot take one more
 * shift without rising far above it, so every single top-up makes the spread worse, and the
 * local search, which weighs one move at a time, never fills those seats. Filled for several of
 * them together, the mean rises with them and the spread falls. On the benchmark's S camp, seed
 * 2, the fairest roster CP-SAT found held more optional seats than the solved one, its
 * newcomers 0.4 hours a day above it, which no single change reached (docs/benchmark.md).
 *
 * <p>The move takes the least busy people in turn (each passed over now and then, so the moves
 * vary) and gives each the empty seat, among a few of their days, that lowers the spread most,
 * by the rules of {@link SeatBooks#fits}; it stops at {@link #MOST_PEOPLE} and keeps the
 * prefix of two or more people that lowers the spread most. No prefix that lowers it, no move.
 */
public final class TopUps extends BookedMoves {

    static final int MOST_PEOPLE = 4;
    private static final int DAYS_TRIED = 3;
    private static final int SEATS_TRIED = 12;
    private static final double PASSED_OVER = 0.35;

    @Override
    @Nullable Move<Roster> nextMove(SeatBooks books, Random random) {
        double mean = books.mean();
        List<Seat> seats = new ArrayList<>();
        List<Volunteer> takers = new ArrayList<>();
        int[] people = new int[MOST_PEOPLE];
        long[] added = new long[MOST_PEOPLE];
        int best = 0;
        double bestChange = -1e-9;
        for (int index : books.leastBusyFirst()) {
            if (takers.size() == MOST_PEOPLE || books.load(index) >= mean) {
                break;
            }
            if (random.nextDouble() < PASSED_OVER) {
                continue;
            }
            int n = takers.size();
            people[n] = index;
            Seat seat = bestEmptySeat(books, random, index, seats, Arrays.copyOf(people, n + 1),
                    Arrays.copyOf(added, n + 1));
            if (seat == null) {
                continue;
            }
            added[n] = seat.getShift().durationMinutes();
            seats.add(seat);
            takers.add(books.volunteer(index));
            double change = books.spreadChange(Arrays.copyOf(people, n + 1),
                    Arrays.copyOf(added, n + 1));
            if (n + 1 >= 2 && change < bestChange) {
                best = n + 1;
                bestChange = change;
            }
        }
        return best == 0 ? null : new Reassign(variable(), seats.subList(0, best), takers.subList(0, best));
    }

    /**
     * The empty seat, on a few of the person's days, that lowers the spread most together with
     * the seats already chosen; {@code added}'s last entry is filled in for each candidate.
     */
    private static @Nullable Seat bestEmptySeat(SeatBooks books, Random random, int index, List<Seat> chosen,
            int[] people, long[] added) {
        Volunteer volunteer = books.volunteer(index);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : books.daysWithEmptySeats()) {
            if (!day.isBefore(volunteer.getArrivesOn()) && !day.isAfter(volunteer.getDepartsOn())) {
                days.add(day);
            }
        }
        Seat best = null;
        double bestChange = Double.MAX_VALUE;
        Set<Shift> tried = new HashSet<>();
        for (int d = 0; d < DAYS_TRIED && !days.isEmpty(); d++) {
            List<Seat> empty = books.emptySeats(days.remove(random.nextInt(days.size())));
            for (int s = 0; s < SEATS_TRIED && s < empty.size(); s++) {
                Seat seat = empty.get(random.nextInt(empty.size()));
                if (seat.getVolunteer() != null || chosen.contains(seat) || !tried.add(seat.getShift())
                        || !books.fits(index, List.of(), List.of(seat.getShift()))) {
                    continue;
                }
                added[added.length - 1] = seat.getShift().durationMinutes();
                double change = books.spreadChange(people, added);
                if (change < bestChange) {
                    best = seat;
                    bestChange = change;
                }
            }
        }
        return best;
    }
}
