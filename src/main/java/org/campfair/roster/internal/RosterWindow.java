package org.campfair.roster.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.campfair.roster.model.FixedWork;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a window re-plan's problem (a same-day absence) out of the whole camp's: the seats of
 * the shifts starting in the window, pinned ones included; as planning values only the
 * volunteers who hold or could take one of them (skills and availability); everyone else as
 * facts; and what each volunteer works outside the window as their {@link FixedWork}. Every
 * stay comes along, pinned as the whole camp's are, so the bed rules see every bed.
 *
 * <p>Why: Timefold copies and scores the whole problem before its first phase and on every
 * better roster, and the job saves all of it. On the 750-person camp that set-up took about 8 s
 * of a 10 s window re-plan whose phases took 0.03 s (docs/benchmark.md). The window's problem
 * is a seventh of the seats, and the rules score it so that any two window rosters differ as
 * they would in the whole camp ({@code RosterWindowTest}).
 */
final class RosterWindow {

    private RosterWindow() {
    }

    /**
     * The window from {@code from} (null: the camp's start) up to {@code until} of a camp whose
     * problem is {@code camp}. {@code camp} is not changed and shares no planning entity with
     * the window, so it can be scored while the window is solved.
     */
    static Roster cut(Roster camp, @Nullable LocalDateTime from, LocalDateTime until) {
        List<Seat> windowSeats = camp.getSeats().stream().filter(seat -> inWindow(seat.getShift(), from, until))
                .toList();
        Set<Shift> windowShifts = shiftsOf(windowSeats);
        LocalDate firstDay = from != null ? from.toLocalDate()
                : windowShifts.stream().map(Shift::getDay).min(LocalDate::compareTo).orElse(until.toLocalDate());
        LocalDate lastDay = until.minusNanos(1).toLocalDate();
        return cut(camp, windowSeats, firstDay, lastDay, takers(camp, windowSeats, windowShifts), camp.getStays(),
                null);
    }

    /**
     * The problem around a seat move: the seats of {@code shiftIds} (every seat, so the rules of
     * a whole shift, such as the lead, see all of it), their holders and {@code movers} (who
     * take one of them) with what they work elsewhere as {@link FixedWork}, everyone else as
     * facts carrying their load, and the stays of the people in the problem alone. A move of
     * those seats changes every rule by exactly what it changes in the whole camp: the seat rules
     * read the people's fixed shifts, fairness weighs everyone's load, and the bed rules, which
     * no seat move touches, cost the same before and after. Scoring it costs a few seats instead
     * of the camp's thousands.
     */
    static Roster around(Roster camp, Set<Long> shiftIds, Set<Long> movers) {
        return around(camp, shiftIds, movers, null);
    }

    /**
     * As {@link #around(Roster, Set, Set)} from the part of the camp a take reads: the seats of
     * the shifts and of the people in the problem are there, and everyone else's load is the
     * database's sum ({@link CampAround#workedMinutes()}), their seats being outside the problem.
     */
    static Roster around(CampAround part, Set<Long> shiftIds, Set<Long> movers) {
        return around(part.camp(), shiftIds, movers, part.workedMinutes());
    }

    private static Roster around(Roster camp, Set<Long> shiftIds, Set<Long> movers,
            @Nullable Map<Long, Long> loads) {
        List<Seat> windowSeats = camp.getSeats().stream().filter(seat -> shiftIds.contains(seat.getShift().getId()))
                .toList();
        Set<Shift> windowShifts = shiftsOf(windowSeats);
        LocalDate firstDay = windowShifts.stream().map(Shift::getDay).min(LocalDate::compareTo).orElseThrow();
        LocalDate lastDay = windowShifts.stream().map(Shift::getDay).max(LocalDate::compareTo).orElseThrow();
        Set<Volunteer> takers = new HashSet<>();
        windowSeats.stream().map(Seat::getVolunteer).filter(v -> v != null).forEach(takers::add);
        camp.getVolunteers().stream().filter(v -> movers.contains(v.getId())).forEach(takers::add);
        List<Stay> stays = camp.getStays().stream().filter(stay -> takers.contains(stay.getVolunteer())).toList();
        return cut(camp, windowSeats, firstDay, lastDay, takers, stays, loads);
    }

    private static Set<Shift> shiftsOf(List<Seat> seats) {
        Set<Shift> shifts = new LinkedHashSet<>();
        seats.forEach(seat -> shifts.add(seat.getShift()));
        return shifts;
    }

    /**
     * The problem of {@code windowSeats}, whose shifts start from {@code firstDay} to
     * {@code lastDay}, with {@code takers} as its planning values and everyone else as facts,
     * carrying their load from {@code loads} by id when given, else from the camp's seats.
     */
    private static Roster cut(Roster camp, List<Seat> windowSeats, LocalDate firstDay, LocalDate lastDay,
            Set<Volunteer> takers, List<Stay> campStays, @Nullable Map<Long, Long> loads) {
        Set<Seat> inWindow = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inWindow.addAll(windowSeats);
        Map<Volunteer, Long> minutes = new HashMap<>();
        Map<Volunteer, Set<LocalDate>> days = new HashMap<>();
        Map<Volunteer, List<Shift>> nearShifts = new HashMap<>();
        for (Seat seat : camp.getSeats()) {
            Volunteer volunteer = seat.getVolunteer();
            if (volunteer == null || inWindow.contains(seat)) {
                continue;
            }
            Shift shift = seat.getShift();
            minutes.merge(volunteer, seat.workedMinutes(), Long::sum);
            days.computeIfAbsent(volunteer, v -> new HashSet<>()).add(shift.getDay());
            if (!shift.getDay().isBefore(firstDay.minusDays(1)) && !shift.getDay().isAfter(lastDay.plusDays(1))) {
                nearShifts.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(shift);
            }
        }

        Map<Long, Volunteer> copies = new HashMap<>();
        List<Volunteer> volunteers = new ArrayList<>();
        List<Volunteer> others = new ArrayList<>();
        for (Volunteer volunteer : camp.getVolunteers()) {
            long load = minutes.getOrDefault(volunteer, 0L);
            if (takers.contains(volunteer)) {
                var copy = volunteer.withFixedWork(new FixedWork(load, nearShifts.getOrDefault(volunteer, List.of()),
                        runsReaching(days.getOrDefault(volunteer, Set.of()), firstDay, lastDay)));
                copies.put(volunteer.getId(), copy);
                volunteers.add(copy);
            } else {
                var copy = volunteer.withFixedWork(FixedWork.load(
                        loads == null ? load : loads.getOrDefault(volunteer.getId(), 0L)));
                copies.put(volunteer.getId(), copy);
                others.add(copy);
            }
        }

        List<Seat> seats = windowSeats.stream().map(seat -> copyOf(seat, copies)).toList();
        List<Stay> stays = campStays.stream()
                .map(stay -> new Stay(stay.getId(), copies.get(stay.getVolunteer().getId()), stay.getBed(),
                        stay.isPinned(), stay.getOriginalBed()))
                .toList();
        return Roster.window(camp, volunteers, others, List.copyOf(shiftsOf(windowSeats)), seats, stays);
    }

    /** Who holds a window seat or could take one. */
    private static Set<Volunteer> takers(Roster camp, List<Seat> windowSeats, Set<Shift> windowShifts) {
        Set<Volunteer> takers = new HashSet<>();
        windowSeats.stream().map(Seat::getVolunteer).filter(v -> v != null).forEach(takers::add);
        for (Volunteer volunteer : camp.getVolunteers()) {
            if (!takers.contains(volunteer) && windowShifts.stream().anyMatch(shift -> couldTake(volunteer, shift))) {
                takers.add(volunteer);
            }
        }
        return takers;
    }

    /** The seat in the window's problem, held by the copies of its volunteers, with its check-in mark. */
    private static Seat copyOf(Seat seat, Map<Long, Volunteer> copies) {
        var copy = new Seat(seat.getId(), seat.getShift(), seat.getIndex(), copyOf(copies, seat.getVolunteer()),
                seat.isPinned(), copyOf(copies, seat.getOriginalVolunteer()));
        if (seat.getConfirmedMinutes() != null) {
            copy.confirm(seat.getConfirmedMinutes());
        }
        return copy;
    }

    /** By its start, as the re-plan pins seats: a shift that began before the window is history. */
    static boolean inWindow(Shift shift, @Nullable LocalDateTime from, LocalDateTime until) {
        return (from == null || !shift.getStart().isBefore(from)) && shift.getStart().isBefore(until);
    }

    /** What the move filters let a volunteer take: the task's skills, at camp and available. */
    private static boolean couldTake(Volunteer volunteer, Shift shift) {
        return volunteer.hasSkills(shift.getRequiredSkills()) && volunteer.isAvailable(shift.getStart(), shift.getEnd());
    }

    private static @Nullable Volunteer copyOf(Map<Long, Volunteer> copies, @Nullable Volunteer volunteer) {
        return volunteer == null ? null : copies.get(volunteer.getId());
    }

    /**
     * The working days on the window's days and in the runs of working days just before and
     * just after it: a run that a window seat can lengthen or join lies within them; any other
     * run is the same in every window roster.
     */
    static Set<LocalDate> runsReaching(Set<LocalDate> workingDays, LocalDate firstDay, LocalDate lastDay) {
        Set<LocalDate> reaching = new HashSet<>();
        for (LocalDate day : workingDays) {
            if (!day.isBefore(firstDay) && !day.isAfter(lastDay)) {
                reaching.add(day);
            }
        }
        for (LocalDate day = firstDay.minusDays(1); workingDays.contains(day); day = day.minusDays(1)) {
            reaching.add(day);
        }
        for (LocalDate day = lastDay.plusDays(1); workingDays.contains(day); day = day.plusDays(1)) {
            reaching.add(day);
        }
        return reaching;
    }
}
