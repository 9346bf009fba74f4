package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * The working roster as the compound fairness moves ({@link TopUps}, {@link SeatExchanges}) read
 * it: everyone's seats and minutes, the empty seats by day, who holds each shift, and whether a
 * person could give up some seats and take others by the rules the other fairness moves keep
 * (skills and availability, {@link Eligibility#fits} with the whole gentle start, no sixth working
 * day in a row, no work on a planned day off they do not work already). Counted afresh only
 * every so many moves, like {@link FairnessMoves}: a count a few steps old aims a move a little
 * less well, and the moves check that each seat is still whose they think.
 */
final class SeatBooks {

    private final List<Volunteer> volunteers;
    private final Map<Volunteer, Integer> indexOf = new IdentityHashMap<>();
    private final int[] availableDays;
    private final Map<Shift, boolean[]> eligible = new IdentityHashMap<>();
    private final Map<Volunteer, Set<LocalDate>> plannedDaysOff;
    private long[] minutes = new long[0];
    private List<List<Seat>> seatsOf = List.of();
    private final Map<Shift, List<Seat>> seatsOfShift = new IdentityHashMap<>();
    private final TreeMap<LocalDate, List<Seat>> emptyByDay = new TreeMap<>();
    private double mean;
    private int[] leastBusyFirst = new int[0];

    SeatBooks(Roster roster) {
        volunteers = roster.getVolunteers();
        plannedDaysOff = roster.getPlannedDaysOff();
        for (int i = 0; i < volunteers.size(); i++) {
            indexOf.put(volunteers.get(i), i);
        }
        availableDays = volunteers.stream().mapToInt(Volunteer::availableDays).toArray();
        for (Shift shift : roster.getShifts()) {
            boolean[] able = new boolean[volunteers.size()];
            for (int i = 0; i < able.length; i++) {
                able[i] = Eligibility.canTake(volunteers.get(i), shift);
            }
            eligible.put(shift, able);
        }
        count(roster);
    }

    /** Everyone's seats and minutes as the working roster has them now; pinned seats count but never move. */
    void count(Roster roster) {
        minutes = new long[volunteers.size()];
        seatsOf = new ArrayList<>(volunteers.size());
        for (int i = 0; i < volunteers.size(); i++) {
            seatsOf.add(new ArrayList<>());
            minutes[i] = volunteers.get(i).getFixedWork().minutes();
        }
        seatsOfShift.clear();
        emptyByDay.clear();
        for (Seat seat : roster.getSeats()) {
            seatsOfShift.computeIfAbsent(seat.getShift(), shift -> new ArrayList<>()).add(seat);
            Integer index = seat.getVolunteer() == null ? null : indexOf.get(seat.getVolunteer());
            if (index != null) {
                minutes[index] += seat.workedMinutes();
                seatsOf.get(index).add(seat);
            } else if (seat.getVolunteer() == null && !seat.isPinned()) {
                emptyByDay.computeIfAbsent(seat.getShift().getDay(), day -> new ArrayList<>()).add(seat);
            }
        }
        double sum = 0;
        for (int i = 0; i < volunteers.size(); i++) {
            sum += load(i);
        }
        mean = volunteers.isEmpty() ? 0 : sum / volunteers.size();
        leastBusyFirst = sortByLoad();
    }

    int size() {
        return volunteers.size();
    }

    Volunteer volunteer(int index) {
        return volunteers.get(index);
    }

    /** The volunteer's place in the books, or -1 for nobody or someone outside them. */
    int indexOf(Object volunteer) {
        return indexOf.getOrDefault(volunteer, -1);
    }

    /** Minutes per available day. */
    double load(int index) {
        return minutes[index] / (double) availableDays[index];
    }

    /** The mean load as last counted. */
    double mean() {
        return mean;
    }

    /** The seats the volunteer holds now that a move may hand on: not pinned, and still theirs. */
    List<Seat> movableSeats(int index) {
        Volunteer volunteer = volunteers.get(index);
        return seatsOf.get(index).stream().filter(seat -> !seat.isPinned() && seat.getVolunteer() == volunteer).toList();
    }

    boolean canTake(int index, Shift shift) {
        boolean[] able = eligible.get(shift);
        return able != null && able[index];
    }

    /** The empty seats of the day, as last counted; some may have been taken since. */
    List<Seat> emptySeats(LocalDate day) {
        return emptyByDay.getOrDefault(day, List.of());
    }

    Collection<LocalDate> daysWithEmptySeats() {
        return emptyByDay.keySet();
    }

    /**
     * Whether the volunteer can give up {@code givenUp} (seats they hold) and take the shifts
     * {@code taken} instead, by the rules in the class comment.
     */
    boolean fits(int index, Collection<Seat> givenUp, List<Shift> taken) {
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
        for (Shift shift : taken) {
            if (!canTake(index, shift)
                    || !Eligibility.fits(volunteer, shift, held, s -> s, Eligibility.GentleStart.FIRST_DAYS)) {
                return false;
            }
            held.add(shift);
            if (before.contains(shift.getDay())) {
                after.add(shift.getDay());
            }
        }
        for (Shift shift : taken) {
            LocalDate day = shift.getDay();
            if (!after.contains(day)) {
                if (!PlannedDaysOff.keeps(plannedDaysOff, volunteer, day) || !DaysInARow.allows(after, day)) {
                    return false;
                }
                after.add(day);
            }
        }
        return true;
    }

    /**
     * Whether every shift of {@code handedOn} that needs a lead still has one when the volunteer
     * hands those seats on to {@code to} (null: leaves them empty), given the seats that change hands together.
     */
    boolean leadsStay(List<Seat> handedOn, Volunteer from, @Nullable Volunteer to, Collection<Seat> changing) {
        for (Seat seat : handedOn) {
            Shift shift = seat.getShift();
            if (!shift.needsLead() || !from.canLead(shift) || to != null && to.canLead(shift)) {
                continue;
            }
            boolean another = seatsOfShift.getOrDefault(shift, List.of()).stream().anyMatch(other -> other != seat
                    && !changing.contains(other) && other.getVolunteer() != null && other.getVolunteer().canLead(shift));
            if (!another) {
                return false;
            }
        }
        return true;
    }

    /**
     * How much the sum of squared deviations of the loads from their mean changes when the
     * people at {@code people} gain {@code addedMinutes} each (negative to lose): negative when
     * the change evens the loads out. The mean moves with the total, hence the last term.
     */
    double spreadChange(int[] people, long[] addedMinutes) {
        double mean = mean();
        double change = 0;
        double total = 0;
        for (int i = 0; i < people.length; i++) {
            double delta = addedMinutes[i] / (double) availableDays[people[i]];
            change += 2 * delta * (load(people[i]) - mean) + delta * delta;
            total += delta;
        }
        return change - total * total / volunteers.size();
    }

    /** The people in order of load as last counted, least busy first, ties by id. */
    int[] leastBusyFirst() {
        return leastBusyFirst;
    }

    private int[] sortByLoad() {
        return IntStream.range(0, volunteers.size()).boxed()
                .sorted((a, b) -> load(a) != load(b) ? Double.compare(load(a), load(b))
                        : Long.compare(volunteers.get(a).getId(), volunteers.get(b).getId()))
                .mapToInt(Integer::intValue).toArray();
    }
}
