package org.campfair.roster.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A construction phase that fills every required seat within seconds, even on a 750-person
 * camp (12 s with the balance pass on the benchmark's L camp at load 15 on 2 cores; 60 s and
 * more at load 20 and above, docs/benchmark.md) where Timefold's
 * default construction (every volunteer tried on every seat) takes minutes. Seats with the fewest possible volunteers go first; each goes to whoever
 * could take it and would then have the fewest hours per available day (water-filling), so the
 * local search starts from a roster that is already nearly fair. It keeps the rules that do
 * not depend on taste: skills, availability, no overlap, hours per day, 10 hours of rest
 * between working days, a lead on shifts that need one, and no task above a newcomer's
 * comfort; and, when asked to plan days off ({@link #setPlanDaysOff}), it gives nobody a sixth
 * working day in a row while someone else could take the seat ({@link DaysInARow}). Seats
 * above a shift's minimum headcount stay empty here. Then {@link FairBalance} evens out what
 * water-filling left uneven, by the same rules, gives empty seats to people far enough below
 * the mean that the extra work makes the roster fairer, and deals each day's seats again as a
 * minimum-cost flow ({@link DayFlow}). The planned days off go to the roster
 * ({@link Roster#setPlannedDaysOff}), so the local search keeps to them ({@link PlannedDaysOff}).
 * Beds go first fit ({@link FirstFitBeds}). In a re-plan
 * of a running camp, seats marked at check-in count the hours confirmed there
 * ({@link Seat#workedMinutes}), so whoever worked longer than planned is water-filled later.
 */
public final class FairStart implements PhaseCommand<Roster> {

    private static final Logger log = LoggerFactory.getLogger(FairStart.class);

    /** The start may take half the solve's time limit ({@link #balanceDeadline}). */
    static final int START_SHARE = 2;
    /** The balance pass gets at least a fifth of it, however long the required seats took. */
    static final int BALANCE_SHARE = 5;

    private final Map<Volunteer, Long> minutes = new HashMap<>();
    private final Map<Volunteer, Map<LocalDate, Long>> minutesByDay = new HashMap<>();
    private final Map<Volunteer, List<Shift>> shiftsOf = new HashMap<>();
    private final Map<Shift, Boolean> hasLead = new HashMap<>();
    private boolean planDaysOff = true;
    private boolean dayFlows = true;
    private boolean dayPlans = true;
    private boolean keepDayPlans = false;
    private @Nullable DayPlans plans;
    /** Whether only a window is re-planned ({@link Roster#isWindowOnly}). */
    private boolean windowOnly;

    /**
     * Whether to plan days off (see {@link #restTier}) here and in {@link FairBalance}: on by
     * default; a custom property ({@code planDaysOff}) turns it off for the benchmark's
     * comparison. With the balance pass's top-up, planning was the better start on the
     * 750-person benchmark camp by every rule but one (docs/benchmark.md): runs of more than five
     * working days fell from about 360 extra days to about 20 and breaches of a gentle start from
     * 16 to 4, for a soft score 25% better, while the spread stayed where it was before the top-up
     * (6.2% of the mean above its bound); without planning the spread is smaller (3.8%) because
     * the newcomers who can work only a few hours a day then work nearly every day. Only stays
     * of twelve days or more are planned ({@link DaysInARow#hasPlannedDaysOff}); shorter stays
     * are started as without planning.
     */
    public void setPlanDaysOff(boolean planDaysOff) {
        this.planDaysOff = planDaysOff;
    }

    /**
     * Whether {@link FairBalance} deals each day's seats again as a minimum-cost flow after its
     * exchanges: on by default; a custom property ({@code dayFlows}) turns it off for the
     * benchmark's comparison.
     */
    public void setDayFlows(boolean dayFlows) {
        this.dayFlows = dayFlows;
    }

    /**
     * Whether days off are planned by the day-pattern stage ({@link DayPlans}: every stay of ten
     * days or more, each day off placed where the camp can best spare the person's skills)
     * rather than in fixed turns ({@link DaysInARow#plannedDayOff}, stays of twelve days or
     * more). On by default; a custom property ({@code dayPlans}) turns it off for the benchmark's
     * comparison. Only with {@link #setPlanDaysOff}. On the 750-person benchmark camp (seed 1,
     * 60 s, loaded machine, back to back) it took the soft score from -10.46M to -10.06M, days
     * past five in a row from 12 to 0 and gentle-start breaches from 35 to 25, the gap from 4.91
     * to 4.80%, and the start finished sooner (54 s against 60 s); the 30-person camp, whose
     * five-day stays need no day off, was unchanged (docs/benchmark.md). Stays under ten days, the
     * whole of the 7-day camp, are started as before.
     */
    public void setDayPlans(boolean dayPlans) {
        this.dayPlans = dayPlans;
    }

    /**
     * With day plans on, whether the balance pass keeps to them (no work on a planned day off
     * the volunteer does not work already) or only to the rule they serve (no sixth working day
     * in a row for anyone with a planned day off), the plans then guiding the start, which gives
     * a planned day off's seat to someone who works that day whenever it can. Off by default: kept
     * strictly, the plans left the balance pass too few exchanges, and the 750-person camp's gap
     * rose from 4.7% to 6.8% (days past five 20 to 1); a custom property ({@code keepDayPlans})
     * turns it on for the benchmark's comparison.
     */
    public void setKeepDayPlans(boolean keepDayPlans) {
        this.keepDayPlans = keepDayPlans;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        // A window re-plan (a same-day absence) holds the window's seats alone, every bed pinned
        // and the rest as fixed work: planning days off and balancing the whole camp would change nothing there and
        // took four times the window's time limit on the 750-person camp (docs/benchmark.md), so
        // it only refills the window's empty seats and leaves the rest to the local search.
        windowOnly = roster.isWindowOnly();
        long started = System.nanoTime();
        plans = planDaysOff && dayPlans && !windowOnly ? DayPlans.plan(roster) : null;
        if (plans != null) {
            roster.setPlannedDaysOff(plans.allDaysOff());
        }
        long planned = System.nanoTime();
        roster.getSeats().stream().filter(seat -> seat.getVolunteer() != null).forEach(this::record);
        // A window's problem holds only its seats: what people work outside it counts as well.
        roster.getVolunteers().forEach(this::recordFixedWork);
        fillRequiredSeats(scoreDirector, roster, isPhaseTerminated);
        long filled = System.nanoTime();
        if (!windowOnly) {
            long deadline = balanceDeadline(roster.getTimeLimit(), started, filled);
            new FairBalance(scoreDirector, planDaysOff, dayFlows, plans, keepDayPlans).run(isPhaseTerminated, deadline);
            roster.setStartBalanceTime(Duration.ofNanos(System.nanoTime() - filled));
        }
        if (plans != null) {
            // The search keeps the days off of the roster built here, not those the start began from.
            roster.setPlannedDaysOff(RestDays.kept(roster));
        }
        // How long each stage took, to see where the time limit goes on a large camp; no personal data.
        log.debug("Fair start: day plans {} ms, required seats {} ms, balance {} ms ({} seats)",
                (planned - started) / 1_000_000, (filled - planned) / 1_000_000,
                roster.getStartBalanceTime().toMillis(), roster.getSeats().size());
        if (roster.getStays().stream().anyMatch(stay -> stay.getBed() == null && !stay.isPinned())) {
            assignBeds(scoreDirector, roster);
        }
        scoreDirector.triggerVariableListeners();
    }


    /**
     * Gives each empty required seat to its best volunteer, the seats fewest people can take
     * first, so the scarce skills are not spent on seats others could fill.
     */
    private void fillRequiredSeats(ScoreDirector<Roster> scoreDirector, Roster roster,
            BooleanSupplier isPhaseTerminated) {
        var toFill = roster.getSeats().stream()
                .filter(seat -> seat.isRequired() && seat.getVolunteer() == null && !seat.isPinned())
                .toList();
        // Who could take a shift, for the shifts with a seat to fill only: a window has a few dozen.
        Map<Shift, List<Volunteer>> eligible = new HashMap<>();
        for (Seat seat : toFill) {
            eligible.computeIfAbsent(seat.getShift(), shift -> roster.getVolunteers().stream()
                    .filter(v -> Eligibility.canTake(v, shift))
                    .filter(v -> shift.getIntensity().isWithin(
                            Eligibility.ceiling(v, shift.getDay(), Eligibility.GentleStart.COMFORT)))
                    .toList());
        }
        var seats = toFill.stream()
                .sorted(Comparator.comparingInt((Seat seat) -> eligible.get(seat.getShift()).size())
                        .thenComparing(seat -> seat.getShift().getStart()))
                .toList();
        for (Seat seat : seats) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            Volunteer best = bestVolunteerFor(seat.getShift(), eligible.get(seat.getShift()));
            if (best != null) {
                scoreDirector.beforeVariableChanged(seat, "volunteer");
                seat.setVolunteer(best);
                scoreDirector.afterVariableChanged(seat, "volunteer");
                record(seat);
            }
        }
    }

    /**
     * When the balance pass stops (System.nanoTime), so the local search gets its share of the
     * solve's time limit: the whole start may take half of it, and the balance pass at least a
     * fifth even when the required seats took longer (and always its first sweep of day flows,
     * {@link FairBalance#run}). On an idle machine the L camp's start takes 7 s of a minute and
     * the budget changes nothing; on a busy one (load 17-22 on 2 cores) the balance pass alone
     * took 33 to 50 s of a 60-second solve and left the search nothing. Smaller shares (an
     * eighth, then a quarter) cost more than they gave there: the search ran at 150-800 score
     * calculations a second and could not close what the cut pass left (gap 6.2-9.2% against
     * 4.8%, soft score -11.3M to -15.0M against -10.2M; docs/benchmark.md). No limit, no
     * deadline (tests, a best-score limit).
     */
    static long balanceDeadline(@Nullable Duration timeLimit, long startedNanos, long filledNanos) {
        if (timeLimit == null) {
            return filledNanos + Long.MAX_VALUE / 4;
        }
        long limit = timeLimit.toNanos();
        return Math.max(startedNanos + limit / START_SHARE, filledNanos + limit / BALANCE_SHARE);
    }

    /**
     * Of the {@code eligible} volunteers who fit the shift now, the least busy of those who would
     * rest best (see {@link #restTier}), counting the shift's hours per available day; a lead when
     * the shift still needs one. A required seat matters more than a day off, so someone is always
     * found if anyone fits; null when nobody does.
     */
    private @Nullable Volunteer bestVolunteerFor(Shift shift, List<Volunteer> eligible) {
        boolean leadWanted = shift.needsLead() && !hasLead.getOrDefault(shift, false);
        Volunteer best = null;
        int bestTier = Integer.MAX_VALUE;
        double bestLoad = Double.MAX_VALUE;
        for (Volunteer volunteer : eligible) {
            if (leadWanted && !volunteer.canLead(shift)) {
                continue;
            }
            double load = (minutes.getOrDefault(volunteer, 0L) + shift.durationMinutes())
                    / (double) volunteer.availableDays();
            if (bestTier == 0 && load >= bestLoad) {
                continue; // no tier beats 0: only a lower load could win, so skip the slower checks
            }
            int tier = restTier(volunteer, shift.getDay());
            if ((tier < bestTier || tier == bestTier && load < bestLoad) && fits(volunteer, shift)) {
                best = volunteer;
                bestTier = tier;
                bestLoad = load;
            }
        }
        return best;
    }

    /**
     * 0 for a day the volunteer may work without a sixth day in a row and that is not one of
     * their planned days off ({@link DaysInARow#plannedDayOff}, or the {@link DayPlans} when on),
     * 1 for a planned day off that still keeps the rule, 2 for a sixth day in a row.
     */
    private int restTier(Volunteer volunteer, LocalDate day) {
        boolean planned = plans != null ? plans.hasDaysOff(volunteer) : DaysInARow.hasPlannedDaysOff(volunteer);
        if (!planDaysOff || !planned && !windowOnly) {
            return 0;
        }
        if (!DaysInARow.allows(minutesByDay.getOrDefault(volunteer, Map.of()).keySet(), day)) {
            return 2;
        }
        if (windowOnly) {
            return 0; // the days off planned at the start are not known here; the rest of the camp keeps them
        }
        boolean dayOff = plans != null ? plans.dayOff(volunteer, day) : DaysInARow.plannedDayOff(volunteer, day);
        return dayOff ? 1 : 0;
    }

    /** No overlap, enough rest, the hours of the day, nothing above a newcomer's comfort ({@link Eligibility}). */
    private boolean fits(Volunteer volunteer, Shift shift) {
        return Eligibility.fits(volunteer, shift, shiftsOf.getOrDefault(volunteer, List.of()), Function.identity(),
                Eligibility.GentleStart.COMFORT);
    }

    private void record(Seat seat) {
        Volunteer volunteer = seat.getVolunteer();
        Shift shift = seat.getShift();
        minutes.merge(volunteer, seat.workedMinutes(), Long::sum);
        minutesByDay.computeIfAbsent(volunteer, v -> new HashMap<>())
                .merge(shift.getDay(), shift.durationMinutes(), Long::sum);
        shiftsOf.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(shift);
        if (volunteer.canLead(shift)) {
            hasLead.put(shift, true);
        }
    }

    private void recordFixedWork(Volunteer volunteer) {
        var fixed = volunteer.getFixedWork();
        if (fixed.minutes() > 0) {
            minutes.merge(volunteer, fixed.minutes(), Long::sum);
        }
        for (LocalDate day : fixed.days()) {
            minutesByDay.computeIfAbsent(volunteer, v -> new HashMap<>()).merge(day, fixed.minutesOn(day), Long::sum);
        }
        if (fixed.hasShifts()) {
            shiftsOf.computeIfAbsent(volunteer, v -> new ArrayList<>()).addAll(fixed.shifts());
        }
    }

    private static void assignBeds(ScoreDirector<Roster> scoreDirector, Roster roster) {
        var before = roster.getStays().stream().map(Stay::getBed).toList();
        FirstFitBeds.assign(roster);
        for (int i = 0; i < before.size(); i++) {
            Stay stay = roster.getStays().get(i);
            if (stay.getBed() != before.get(i)) {
                var bed = stay.getBed();
                stay.setBed(before.get(i));
                scoreDirector.beforeVariableChanged(stay, "bed");
                stay.setBed(bed);
                scoreDirector.afterVariableChanged(stay, "bed");
            }
        }
    }
}
