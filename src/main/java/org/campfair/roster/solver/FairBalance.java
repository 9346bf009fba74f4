package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second half of {@link FairStart}: evens out the hours per available day of the roster
 * water-filling left, before the local search starts. Water-filling hands out seats hardest
 * first, so the last seats land wherever there is room and the spread it leaves is about 11% of
 * the mean on the 750-person benchmark camp. Local search can close that, but it scores every
 * move on all the rules, a few thousand moves a second on a busy machine; this pass only
 * counts hours, so it makes thousands of exchanges in a few seconds.
 *
 * <p>Rounds of single changes ({@link Exchanges}: a seat handed from a busy volunteer to a
 * less busy one, traded for a shorter one, or an empty seat topped up to someone below the
 * mean) keep the rules FairStart keeps: skills, availability, no overlap, hours per day, 10
 * hours of rest between working days, a lead on shifts that need one, a newcomer's comfort
 * and, in their first two days, one shift a day and nothing heavy; and, when FairStart plans
 * days off, no sixth working day in a row ({@link DaysInARow}). Pinned seats and seats of a
 * published roster are left alone. This class keeps the books the rounds and the day flows
 * work on: who holds each seat, everyone's minutes and working days.
 *
 * <p>Exchanges and top-ups see one or two volunteers at a time and stop where no single change
 * helps. Then each day's seats are dealt again at once ({@link DayFlow}), which finds the
 * chains of changes they miss, and the rounds run once more.
 */
final class FairBalance {

    private static final Logger log = LoggerFactory.getLogger(FairBalance.class);

    /**
     * Rounds of exchanges before the first sweep of day flows, and after each: the flows do most
     * of the work, the rounds fix what they cannot (volunteers with several seats a day). On the
     * 750-person camp, 3 and 2 rounds reach nearly the spread of 10 and 10 in half the time.
     */
    private static final int ROUNDS_BEFORE_SWEEPS = 3;
    private static final int ROUNDS_AFTER_SWEEP = 2;
    /** Rounds when there are no day flows (the benchmark's comparison), as before they came. */
    private static final int ROUNDS_WITHOUT_FLOWS = 10;
    /** Sweeps of day flows at most; they stop earlier when one changes nothing (7 on that camp). */
    private static final int DAY_SWEEPS = 8;

    private final ScoreDirector<Roster> scoreDirector;
    private final List<Volunteer> volunteers;
    /** Everyone's books, in the roster's order. */
    private final List<Workload> workloads = new ArrayList<>();
    private final Map<Volunteer, Workload> workloadOf = new HashMap<>();
    /**
     * Who has the skills and is available for a shift ({@link Eligibility#canTake}), by
     * workload index, worked out once per shift the pass asks about: the exchanges ask about the
     * same shift for hundreds of volunteers in every round.
     */
    private final Map<Shift, BitSet> eligible = new HashMap<>();
    private final Map<Shift, List<Seat>> seatsOn = new HashMap<>();
    /** Each volunteer's seats per working day, kept as seats change hands, for the days-off checks. */
    private final WorkingDays workingDays = new WorkingDays();
    /**
     * Who holds each seat as the pass goes, null for a seat given up; the roster itself is
     * changed once, at the end.
     */
    private final Map<Seat, @Nullable Volunteer> holder = new LinkedHashMap<>();
    /** Seats nobody holds (above a shift's minimum headcount, FairStart leaves them to the search), by day. */
    private final NavigableMap<LocalDate, Set<Seat>> emptyOn = new TreeMap<>();
    /** Every seat that may change hands, by day. */
    private final NavigableMap<LocalDate, List<Seat>> movableOn = new TreeMap<>();
    private double sumOfLoads;
    /** What the rounds and flows aim each load at, as a multiple of the mean ({@link #aimingAbove}). */
    private double aim = 1;
    /** Whether no seat may make anyone's run of working days longer than five ({@link #withoutLongRuns}). */
    private boolean noLongRuns;

    private final boolean keepDaysOff;
    private final boolean dayFlows;
    /**
     * The day-pattern stage's plans, when FairStart made them: nobody with a planned day off
     * gets a sixth working day in a row, and, when the plans are kept, no work on a planned day off.
     */
    private final @Nullable DayPlans plans;
    /** Whether seats keep to the plans' days off, or only to no sixth day in a row for those with one. */
    private final boolean keepPlans;
    private final DayFlow dayFlow = new DayFlow(this);
    private final Exchanges exchanges = new Exchanges(this);

    FairBalance(ScoreDirector<Roster> scoreDirector, boolean keepDaysOff, boolean dayFlows,
            @Nullable DayPlans plans, boolean keepPlans) {
        this.scoreDirector = scoreDirector;
        this.keepDaysOff = keepDaysOff;
        this.dayFlows = dayFlows;
        this.plans = plans;
        this.keepPlans = keepPlans;
        Roster roster = scoreDirector.getWorkingSolution();
        this.volunteers = roster.getVolunteers();
        for (Volunteer volunteer : volunteers) {
            Workload workload = new Workload(volunteer, workloads.size());
            workloads.add(workload);
            workloadOf.put(volunteer, workload);
            workingDays.track(volunteer);
        }
        for (Seat seat : roster.getSeats()) {
            seatsOn.computeIfAbsent(seat.getShift(), shift -> new ArrayList<>()).add(seat);
            Volunteer volunteer = seat.getVolunteer();
            Workload workload = volunteer == null ? null : workloadOf.get(volunteer);
            if (workload != null) {
                holder.put(seat, volunteer);
                workload.seats.add(seat);
                workingDays.add(volunteer, seat.getShift().getDay());
                workload.add(seat.workedMinutes());
            } else if (volunteer == null && movable(seat)) {
                emptyOn.computeIfAbsent(seat.getShift().getDay(), day -> new LinkedHashSet<>()).add(seat);
            }
            if (movable(seat) && (volunteer == null || workload != null)) {
                movableOn.computeIfAbsent(seat.getShift().getDay(), day -> new ArrayList<>()).add(seat);
            }
        }
        workloads.forEach(w -> sumOfLoads += w.load());
    }

    /**
     * Rounds of exchanges, then sweeps of day flows with a few rounds after each, until a sweep
     * changes nothing or its time is up ({@code deadlineNanos}, System.nanoTime: FairStart's
     * share of the solve's time limit); then hands the seats that ended with someone
     * else to the score director: a seat may change hands several times on
     * the way, and each change the score director sees costs an update of every rule.
     * The first sweep runs whatever the budget, unless the phase is told to stop
     * ({@code isPhaseTerminated}): it undoes the sixth days in a row the water-filling gave and
     * most of its spread (on a busy machine, a start cut before it left 33 days past five and a
     * gap of 9.2% on the 750-person camp, against 0 and 4.8% after it).
     * Returns the seats changed.
     */
    int run(BooleanSupplier isPhaseTerminated, long deadlineNanos) {
        long started = System.nanoTime();
        BooleanSupplier isStopped = () -> isPhaseTerminated.getAsBoolean() || System.nanoTime() - deadlineNanos > 0;
        // The first rounds get half the budget at most: on a busy machine a round took as long
        // as a sweep of day flows and did less, and rounds alone left a gap of 9.2%.
        long halfway = started + (deadlineNanos - started) / 2;
        BooleanSupplier isFirstHalfOver = () -> isPhaseTerminated.getAsBoolean() || System.nanoTime() - halfway > 0;
        rounds(dayFlows ? ROUNDS_BEFORE_SWEEPS : ROUNDS_WITHOUT_FLOWS, dayFlows ? isFirstHalfOver : isStopped);
        long flowNanos = 0;
        int sweeps = 0;
        for (int sweep = 0; dayFlows && sweep < DAY_SWEEPS
                && !(sweep == 0 ? isPhaseTerminated : isStopped).getAsBoolean(); sweep++) {
            long flowStarted = System.nanoTime();
            int reassigned = reassignDays(sweep, sweep == 0 ? isPhaseTerminated : isStopped);
            flowNanos += System.nanoTime() - flowStarted;
            sweeps++;
            if (reassigned == 0) {
                break;
            }
            rounds(ROUNDS_AFTER_SWEEP, isStopped);
        }
        log.debug("Balance: {} sweeps of day flows in {} ms, exchange rounds {} ms, spread {} min/day",
                sweeps, flowNanos / 1_000_000, (System.nanoTime() - started - flowNanos) / 1_000_000,
                Math.round(spread() * 10) / 10.0);
        int changed = 0;
        for (Map.Entry<Seat, Volunteer> entry : holder.entrySet()) {
            Seat seat = entry.getKey();
            if (seat.getVolunteer() != entry.getValue()) {
                scoreDirector.beforeVariableChanged(seat, "volunteer");
                seat.setVolunteer(entry.getValue());
                scoreDirector.afterVariableChanged(seat, "volunteer");
                changed++;
            }
        }
        return changed;
    }

    /** Exchanges and top-ups until a round changes nothing, at most {@code most} rounds. */
    private void rounds(int most, BooleanSupplier isStopped) {
        for (int round = 0; round < most && !isStopped.getAsBoolean(); round++) {
            if (exchanges.round() == 0) {
                return;
            }
        }
    }

    /** One sweep of day flows ({@link DayFlow}) over every day with seats that may move; the seats changed. */
    private int reassignDays(int sweep, BooleanSupplier isStopped) {
        int changed = 0;
        for (LocalDate day : movableOn.keySet()) {
            if (isStopped.getAsBoolean()) {
                break;
            }
            changed += dayFlow.reassign(day, sweep);
        }
        return changed;
    }

    /** The volunteer's seats on the day, as the pass has them now. */
    List<Seat> seatsOn(Volunteer volunteer, LocalDate day) {
        return workingDays.worksOn(volunteer, day)
                ? workloadOf.get(volunteer).seats.stream().filter(seat -> seat.getShift().getDay().equals(day)).toList()
                : List.of();
    }

    static boolean movable(Seat seat) {
        return !seat.isPinned() && seat.getOriginalVolunteer() == null;
    }

    /** The rules FairStart keeps ({@link Eligibility}), with {@code givenUp} (a seat traded away) no longer counted. */
    boolean canTake(Volunteer volunteer, Shift shift, @Nullable Seat givenUp) {
        return canTake(workloadOf.get(volunteer), shift, givenUp);
    }

    /** As {@link #canTake(Volunteer, Shift, Seat)}, for a workload the caller holds. */
    boolean canTake(Workload workload, Shift shift, @Nullable Seat givenUp) {
        return hasSkillsAndTime(workload, shift) && fitsIn(workload, shift, givenUp);
    }

    /** {@link #canTake} for someone known to have the skills and the time ({@link #ableToTake}). */
    boolean fitsIn(Workload workload, Shift shift, @Nullable Seat givenUp) {
        Volunteer volunteer = workload.volunteer;
        DayPlans dayPlans = plans;
        if (dayPlans != null) {
            if (dayPlans.hasDaysOff(volunteer) && !keepsPlan(dayPlans, volunteer, shift.getDay(), givenUp)) {
                return false;
            }
        } else if (keepDaysOff && (noLongRuns || DaysInARow.hasPlannedDaysOff(volunteer))
                && !addsNoLongRun(volunteer, shift.getDay(), givenUp)) {
            return false;
        }
        return Eligibility.fits(volunteer, shift, workload.seats,
                seat -> seat == givenUp ? null : seat.getShift(), Eligibility.GentleStart.FIRST_DAYS);
    }

    /** {@link Eligibility#canTake}: the task's skills, and at camp and available at the time. */
    boolean hasSkillsAndTime(Workload workload, Shift shift) {
        return ableToTake(shift).get(workload.index);
    }

    /** Who has the skills and the time for the shift, by {@link Workload#index}; for loops over one shift. */
    BitSet ableToTake(Shift shift) {
        BitSet able = eligible.get(shift);
        if (able == null) {
            able = new BitSet(workloads.size());
            for (Workload workload : workloads) {
                able.set(workload.index, Eligibility.canTake(workload.volunteer, shift));
            }
            eligible.put(shift, able);
        }
        return able;
    }

    /**
     * With day plans, no sixth day in a row for anyone with a planned day off; when the plans are
     * kept, also no work on a planned day off unless the volunteer works that day already (the
     * start gave them a required seat there that nobody else could take) or trades a seat within
     * the day.
     */
    private boolean keepsPlan(DayPlans dayPlans, Volunteer volunteer, LocalDate day, @Nullable Seat givenUp) {
        if (!addsNoLongRun(volunteer, day, givenUp)) {
            return false;
        }
        return !keepPlans || !dayPlans.dayOff(volunteer, day) || workingDays.worksOn(volunteer, day)
                || givenUp != null && givenUp.getShift().getDay().equals(day);
    }

    /** Hands the seat to {@code to}, or to nobody, keeping every count in step. */
    void give(Seat seat, @Nullable Volunteer to) {
        Volunteer from = holder.get(seat);
        long length = seat.workedMinutes();
        LocalDate day = seat.getShift().getDay();
        if (from != null) {
            Workload workload = workloadOf.get(from);
            sumOfLoads -= workload.load();
            workload.add(-length);
            workload.seats.remove(seat);
            workingDays.remove(from, day);
            sumOfLoads += workload.load();
        } else {
            emptyOn.get(day).remove(seat);
        }
        if (to != null) {
            Workload workload = workloadOf.get(to);
            sumOfLoads -= workload.load();
            workload.add(length);
            workload.seats.add(seat);
            workingDays.add(to, day);
            sumOfLoads += workload.load();
        } else {
            emptyOn.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(seat);
        }
        holder.put(seat, to);
    }

    /** Whether working on the day, in place of {@code givenUp}, makes no run of more than {@link DaysInARow#MAX} days. */
    boolean addsNoLongRun(Volunteer volunteer, LocalDate day, @Nullable Seat givenUp) {
        return workingDays.addsNoLongRun(volunteer, day, givenUp);
    }

    /** How many more days past five in a row working on the day (in place of {@code givenUp}) adds. */
    int daysPastFiveIfWorked(Volunteer volunteer, LocalDate day, @Nullable Seat givenUp) {
        return workingDays.daysPastFiveIfWorked(volunteer, day, givenUp);
    }

    List<Volunteer> volunteers() {
        return volunteers;
    }

    /** Everyone's books, in the roster's order. */
    List<Workload> workloads() {
        return workloads;
    }

    /** The empty seats that may change hands, by day, over the volunteer's stay. */
    NavigableMap<LocalDate, Set<Seat>> emptySeatsDuring(Volunteer volunteer) {
        return emptyOn.subMap(volunteer.getArrivesOn(), true, volunteer.getDepartsOn(), true);
    }

    /** Whether the volunteer may work one more day on {@code day} without a run of more than five. */
    boolean allowsAnother(Volunteer volunteer, LocalDate day) {
        return workingDays.allowsAnother(volunteer, day);
    }

    /** The seats that may change hands on the day. */
    List<Seat> movableOn(LocalDate day) {
        return movableOn.getOrDefault(day, List.of());
    }

    /** Every seat of the shift. */
    List<Seat> seatsOf(Shift shift) {
        return seatsOn.get(shift);
    }

    @Nullable Volunteer holder(Seat seat) {
        return holder.get(seat);
    }

    long minutes(Volunteer volunteer) {
        return workloadOf.get(volunteer).minutes();
    }

    boolean worksOn(Volunteer volunteer, LocalDate day) {
        return workingDays.worksOn(volunteer, day);
    }

    double load(Volunteer volunteer) {
        return workloadOf.get(volunteer).load();
    }

    /** The level the pass evens loads out to: the mean, or above it for {@link LevelTrials}. */
    double mean() {
        return volunteers.isEmpty() ? 0 : aim * sumOfLoads / volunteers.size();
    }

    /** Aims every load at a level {@code rise} (a share of the mean) above the mean, so top-ups raise the level of work. */
    FairBalance aimingAbove(double rise) {
        aim = 1 + rise;
        return this;
    }

    /**
     * No seat makes anyone's run of working days longer than five, whatever their stay: a
     * stay too short for planned days off (under {@link DayPlans#SHORTEST_PLANNED_STAY} days)
     * is otherwise left to the score. For {@link LevelTrials}, whose higher levels of work gave
     * the week-long stays of the benchmark's M camp sixth days in a row (14 to 37).
     */
    FairBalance withoutLongRuns() {
        noLongRuns = true;
        return this;
    }

    /** The standard deviation of the loads (minutes per available day). */
    double spread() {
        double mean = mean();
        return volunteers.isEmpty() ? 0 : Math.sqrt(workloads.stream()
                .mapToDouble(w -> (w.load() - mean) * (w.load() - mean)).sum() / volunteers.size());
    }

    /** The camp's weight of a soft rule. */
    long weight(RosterWeights rule) {
        return scoreDirector.getWorkingSolution().softWeight(rule.constraintName(), rule.defaultWeight());
    }
}
