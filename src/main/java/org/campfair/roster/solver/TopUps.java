package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * Raises the level of work for many people at once: the least busy, each in turn, take one or
 * two empty seats (giving up one optional seat of theirs where that lands them closer), aiming
 * at a level a little above today's mean; those above it may leave an optional seat empty.
 *
 * <p>Why: a newcomer on three hours a day a little below the mean cannot take one more shift
 * without rising far above it, so every single top-up makes the spread worse, and the local
 * search, weighing one move at a time, never fills those seats. Lifted together, the mean rises
 * with them and the spread falls. On the benchmark's S camp, seed 2, the fairest roster CP-SAT
 * found had every newcomer 0.5 hours a day above the solved roster's, most by giving up a
 * three-hour seat for a two-and-a-half and a three-hour one (docs/benchmark.md); the start's
 * own top-up ({@link Exchanges}) aims at the start's mean only.
 *
 * <p>Each person's change keeps the rules of {@link SeatBooks#fits}. The move keeps the
 * prefix of the people, least busy first, whose changes together lower the spread most (two
 * people at least); if none lowers it, there is no move.
 */
public final class TopUps extends BookedMoves {

    /** How far above the mean a move aims, as shares of the mean; drawn at random for each move. */
    private static final double[] RISES = {0.05, 0.1, 0.2, 0.3};
    /** The most people one move changes: enough for the S camp's 30, a neighbourhood on larger camps. */
    static final int MOST_PEOPLE = 40;
    private static final int DAYS_TRIED = 3;
    private static final int SEATS_TRIED = 8;
    private static final int OWN_SEATS_TRIED = 2;

    /** One person's change: seats they give up (left empty) and empty seats they take, and the minutes gained. */
    private record Change(List<Seat> givenUp, List<Seat> taken, long minutes) {

        List<Shift> takenShifts() {
            return taken.stream().map(Seat::getShift).toList();
        }
    }

    @Override
    @Nullable Move<Roster> nextMove(SeatBooks books, Random random) {
        double mean = books.mean();
        double target = mean * (1 + RISES[random.nextInt(RISES.length)]);
        List<Seat> seats = new ArrayList<>();
        List<@Nullable Volunteer> to = new ArrayList<>();
        Set<Seat> used = new HashSet<>();
        int people = 0;
        int bestSize = 0;
        double linear = 0;
        double added = 0;
        double best = -1e-9;
        for (int index : books.leastBusyFirst()) {
            if (people == MOST_PEOPLE) {
                break;
            }
            Change change = books.load(index) < target ? lift(books, random, index, target, used)
                    : lower(books, index, target);
            if (change == null) {
                continue;
            }
            people++;
            Volunteer volunteer = books.volunteer(index);
            change.givenUp().forEach(seat -> {
                seats.add(seat);
                to.add(null);
            });
            change.taken().forEach(seat -> {
                seats.add(seat);
                to.add(volunteer);
                used.add(seat);
            });
            // The spread's change as SeatBooks#spreadChange counts it, kept up person by person.
            double delta = change.minutes() / (double) books.volunteer(index).availableDays();
            linear += 2 * delta * (books.load(index) - mean) + delta * delta;
            added += delta;
            double spread = linear - added * added / books.size();
            if (people >= 2 && spread < best) {
                best = spread;
                bestSize = seats.size();
            }
        }
        return bestSize == 0 ? null
                : new Reassign(variable(), seats.subList(0, bestSize), to.subList(0, bestSize));
    }

    /**
     * The change that brings the person closest to the target among one or two empty seats of a
     * few of their days, with or without one optional seat of theirs given up; null when none
     * brings them closer than they are.
     */
    private static @Nullable Change lift(SeatBooks books, Random random, int index, double target, Set<Seat> used) {
        List<Seat> empty = emptySeatsFor(books, random, index, used);
        if (empty.isEmpty()) {
            return null;
        }
        List<Seat> own = optionalSeats(books, random, index);
        List<Change> options = new ArrayList<>();
        for (int i = 0; i < empty.size(); i++) {
            addOptions(options, own, List.of(empty.get(i)));
            for (int j = i + 1; j < empty.size(); j++) {
                addOptions(options, own, List.of(empty.get(i), empty.get(j)));
            }
        }
        return closest(books, index, target, options);
    }

    /** One optional seat of theirs left empty, if that brings the person closer to the target. */
    private static @Nullable Change lower(SeatBooks books, int index, double target) {
        List<Change> options = new ArrayList<>();
        for (Seat seat : books.movableSeats(index)) {
            if (!seat.isRequired()) {
                options.add(new Change(List.of(seat), List.of(), -seat.workedMinutes()));
            }
        }
        return closest(books, index, target, options);
    }

    private static void addOptions(List<Change> options, List<Seat> own, List<Seat> taken) {
        long minutes = taken.stream().mapToLong(seat -> seat.getShift().durationMinutes()).sum();
        options.add(new Change(List.of(), taken, minutes));
        for (Seat seat : own) {
            options.add(new Change(List.of(seat), taken, minutes - seat.workedMinutes()));
        }
    }

    /** The option, by the rules, that lands the person nearest the target, if nearer than now. */
    private static @Nullable Change closest(SeatBooks books, int index, double target, List<Change> options) {
        Volunteer volunteer = books.volunteer(index);
        double now = Math.abs(books.load(index) - target);
        Comparator<Change> byDistance = Comparator.comparingDouble(
                change -> Math.abs(books.load(index) + change.minutes() / (double) volunteer.availableDays() - target));
        options.sort(byDistance);
        for (Change change : options) {
            double after = Math.abs(books.load(index) + change.minutes() / (double) volunteer.availableDays() - target);
            if (after >= now - 1e-9) {
                return null;
            }
            if (books.fits(index, change.givenUp(), change.takenShifts())
                    && books.leadsStay(change.givenUp(), volunteer, null, change.givenUp())) {
                return change;
            }
        }
        return null;
    }

    /** Empty seats, one per shift, of a few of the person's days that they could take alone. */
    private static List<Seat> emptySeatsFor(SeatBooks books, Random random, int index, Set<Seat> used) {
        Volunteer volunteer = books.volunteer(index);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : books.daysWithEmptySeats()) {
            if (!day.isBefore(volunteer.getArrivesOn()) && !day.isAfter(volunteer.getDepartsOn())) {
                days.add(day);
            }
        }
        List<Seat> found = new ArrayList<>();
        Set<Shift> tried = new HashSet<>();
        for (int d = 0; d < DAYS_TRIED && !days.isEmpty(); d++) {
            List<Seat> empty = books.emptySeats(days.remove(random.nextInt(days.size())));
            for (int s = 0; s < SEATS_TRIED && s < empty.size(); s++) {
                Seat seat = empty.get(random.nextInt(empty.size()));
                if (seat.getVolunteer() == null && !used.contains(seat) && tried.add(seat.getShift())
                        && books.fits(index, List.of(), List.of(seat.getShift()))) {
                    found.add(seat);
                }
            }
        }
        return found;
    }

    /** A few of the person's seats that a shift can run without. */
    private static List<Seat> optionalSeats(SeatBooks books, Random random, int index) {
        List<Seat> optional = new ArrayList<>(books.movableSeats(index).stream().filter(seat -> !seat.isRequired()).toList());
        Collections.shuffle(optional, random);
        return optional.subList(0, Math.min(OWN_SEATS_TRIED, optional.size()));
    }
}
