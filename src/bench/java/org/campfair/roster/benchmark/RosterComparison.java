package org.campfair.roster.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterSolverConfig;

/**
 * Why the search does not reach a fairer roster: the solved roster and the exact model's
 * fairest, side by side. Each soft rule's score in both (so a fairer roster that loses on
 * preferences, buddies or travel reads as a trade-off of the weights, not a gap of the search),
 * how many seats and people differ, and the people whose hours per available day differ most,
 * by id and with the shifts each holds in one roster and not the other.
 */
final class RosterComparison {

    private static final int PEOPLE_SHOWN = 8;

    private RosterComparison() {
    }

    static List<String> compare(Roster solved, Roster exact) {
        List<String> lines = new ArrayList<>();
        Map<String, Long> solvedSoft = softByRule(solved);
        Map<String, Long> exactSoft = softByRule(exact);
        Set<String> rules = new TreeSet<>(solvedSoft.keySet());
        rules.addAll(exactSoft.keySet());
        String byRule = rules.stream()
                .map(rule -> rule.replace(' ', '_') + "=" + solvedSoft.getOrDefault(rule, 0L) + "->"
                        + exactSoft.getOrDefault(rule, 0L))
                .collect(Collectors.joining(" "));
        lines.add(String.format(Locale.ROOT, "soft=%d exact_soft=%d %s", softOf(solved), softOf(exact), byRule));

        Map<Volunteer, Set<Shift>> solvedShifts = shifts(solved);
        Map<Volunteer, Set<Shift>> exactShifts = shifts(exact);
        var solvedMinutes = Fairness.workedMinutes(solved);
        var exactMinutes = Fairness.workedMinutes(exact);
        long moved = 0;
        List<Volunteer> changed = new ArrayList<>();
        for (Volunteer volunteer : solved.getVolunteers()) {
            Set<Shift> before = solvedShifts.getOrDefault(volunteer, Set.of());
            Set<Shift> after = exactShifts.getOrDefault(volunteer, Set.of());
            long gone = before.stream().filter(shift -> !after.contains(shift)).count();
            moved += gone;
            if (gone > 0 || after.size() > before.size()) {
                changed.add(volunteer);
            }
        }
        lines.add(String.format(Locale.ROOT, "seats_moved=%d people_changed=%d", moved, changed.size()));
        changed.sort(Comparator.comparingDouble((Volunteer v) -> -Math.abs(perDay(exactMinutes, v) - perDay(solvedMinutes, v))));
        double mean = Fairness.of(solved).mean();
        for (Volunteer volunteer : changed.subList(0, Math.min(PEOPLE_SHOWN, changed.size()))) {
            Set<Shift> before = solvedShifts.getOrDefault(volunteer, Set.of());
            Set<Shift> after = exactShifts.getOrDefault(volunteer, Set.of());
            lines.add(String.format(Locale.ROOT, "person=%d returning=%s days=%d h_per_day=%.3f->%.3f (mean %.3f)"
                            + " worked=%s->%s loses=%s gains=%s",
                    volunteer.getId(), volunteer.isReturning(), volunteer.availableDays(),
                    perDay(solvedMinutes, volunteer), perDay(exactMinutes, volunteer), mean,
                    pattern(volunteer, before), pattern(volunteer, after), describe(before, after),
                    describe(after, before)));
        }
        return lines;
    }

    private static String describe(Set<Shift> these, Set<Shift> notThose) {
        return "[" + these.stream().filter(shift -> !notThose.contains(shift))
                .sorted(Comparator.comparing(Shift::getStart))
                .map(shift -> shift.getId() + "@" + shift.getStart().toLocalDate().getDayOfMonth() + "d"
                        + shift.getStart().toLocalTime() + "+" + shift.durationMinutes() + "m")
                .collect(Collectors.joining(",")) + "]";
    }

    /** One letter a day of the stay: W worked, '.' not, so moved days off show at a glance. */
    private static String pattern(Volunteer volunteer, Set<Shift> shifts) {
        Set<java.time.LocalDate> days = shifts.stream().map(Shift::getDay).collect(Collectors.toSet());
        StringBuilder pattern = new StringBuilder();
        for (var day = volunteer.getArrivesOn(); !day.isAfter(volunteer.getDepartsOn()); day = day.plusDays(1)) {
            pattern.append(days.contains(day) ? 'W' : '.');
        }
        return pattern.toString();
    }

    private static double perDay(Map<Volunteer, Long> minutes, Volunteer volunteer) {
        return minutes.getOrDefault(volunteer, 0L) / 60.0 / volunteer.availableDays();
    }

    private static Map<Volunteer, Set<Shift>> shifts(Roster roster) {
        Map<Volunteer, Set<Shift>> shifts = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                shifts.computeIfAbsent(seat.getVolunteer(), v -> new java.util.HashSet<>()).add(seat.getShift());
            }
        }
        return shifts;
    }

    private static long softOf(Roster roster) {
        SolutionManager<Roster, HardMediumSoftLongScore> solutions =
                SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
        return solutions.update(roster).softScore();
    }

    private static Map<String, Long> softByRule(Roster roster) {
        SolutionManager<Roster, HardMediumSoftLongScore> solutions =
                SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create()));
        Map<String, Long> soft = new HashMap<>();
        solutions.analyze(roster).constraintMap().values().forEach(constraint -> soft.put(
                constraint.constraintRef().constraintName(), constraint.score().softScore()));
        soft.values().removeIf(value -> value == 0);
        return soft;
    }
}
