package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * The local search's side of the day plans ({@link DayPlans}): a seat move keeps to them when
 * it gives nobody work on one of their planned days off, which the start hands over as the
 * free days of the roster it built that keep every run at five ({@link RestDays}). Two exceptions, where the roster
 * needs the person more than the plan: an empty required seat may go to anyone who can take
 * it, and a trade between two seats of the same day changes nobody's working days.
 *
 * <p>Why: the start deals seats within the plans, which keep every run at five working days or
 * fewer with the fewest days off; the plain change and swap moves, drawn at random, soon put
 * work on those days off, and each such day either makes a run of six (which the day-off rule
 * then has the search undo, a move at a time) or moves a day off to where the camp needs the
 * person more. The moves cannot see whether the person already works that day, so a second
 * seat on a day off someone works anyway (a seat only they could take) is refused as well.
 */
final class PlannedDaysOff {

    private PlannedDaysOff() {
    }

    /** Whether the volunteer may take the seat by the plans of the roster's start. */
    static boolean keeps(Roster roster, @Nullable Object volunteer, Seat seat) {
        return keeps(roster.getPlannedDaysOff(), volunteer, seat.getShift().getDay())
                || seat.isRequired() && seat.getVolunteer() == null;
    }

    /** Whether two seats may trade volunteers by the plans: neither lands on a planned day off of theirs. */
    static boolean keepsTrade(Roster roster, Seat left, Seat right) {
        LocalDate leftDay = left.getShift().getDay();
        LocalDate rightDay = right.getShift().getDay();
        Map<Volunteer, Set<LocalDate>> plans = roster.getPlannedDaysOff();
        return leftDay.equals(rightDay)
                || keeps(plans, left.getVolunteer(), rightDay) && keeps(plans, right.getVolunteer(), leftDay);
    }

    static boolean keeps(Map<Volunteer, Set<LocalDate>> plans, @Nullable Object volunteer, LocalDate day) {
        return plans.isEmpty() || !(volunteer instanceof Volunteer v) || !plans.getOrDefault(v, Set.of()).contains(day);
    }
}
