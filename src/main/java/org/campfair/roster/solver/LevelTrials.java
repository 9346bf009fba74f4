package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@link FairStart}, tries evening the roster out at a few levels of work above its mean
 * ({@link FairBalance#aimingAbove}) and takes the roster that scores best, the start's own
 * included. A trial roster is kept only if it also beats where a short run of the search from
 * the start's roster ends ({@link TrialRace}).
 *
 * <p>Why: the start's balance pass tops up empty seats only for people one more shift brings
 * closer to the mean, so the level of work stays where filling the required seats left it. On
 * the benchmark's S camp, seed 2, the fairest roster CP-SAT found sat at a higher level (every
 * newcomer half an hour a day above the solved roster, many seats re-dealt), which no move of
 * the local search reaches a seat or two at a time: each step on the way spreads the work
 * wider. Aimed above the mean, the pass's top-ups and day flows re-deal the seats for that level
 * in one go. The trials share a small part of the time limit ({@link #SHARE}); on a large camp
 * a single pass takes seconds, so fewer trials run there, and a trial cut short is still scored.
 * When the start's own balance pass took longer than that whole share, no trial runs and the
 * search gets the time. The start's pass stands in for a trial's cost: a trial is such a pass,
 * if without day plans and long runs, so perhaps a little cheaper; on the benchmark's camps the
 * two are far apart either way (S and M 50-140 ms against 3 s of a minute, L 4.9-5.7 s), and on
 * L the one trial that began (3.2 s, seed 2) never beat the start on any seed.
 * The race's short run of the search ({@link TrialRace}) takes at most one more small part
 * ({@link TrialRace#LEG_SHARE}), and only when a trial scored better; when the start wins, the
 * search begins from the start's roster as it was.
 */
public final class LevelTrials implements PhaseCommand<Roster> {

    private static final Logger log = LoggerFactory.getLogger(LevelTrials.class);

    /** Levels tried, as shares of the mean above it. */
    static final double[] RISES = {0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4};
    /** Rounds of trials, each from the best roster of the last, while one finds a better roster. */
    static final int ROUNDS = 3;
    /** The share of the solve's time limit the trials may take together. */
    static final double SHARE = 0.05;
    /** Without a time limit (tests), each trial may take this long. */
    private static final long TRIAL_NANOS_WITHOUT_LIMIT = 2_000_000_000L;

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        if (roster.isWindowOnly()) {
            return; // a same-day re-plan keeps the camp's level; its window is too small to matter
        }
        var limit = roster.getTimeLimit();
        long budget = limit == null ? ROUNDS * RISES.length * TRIAL_NANOS_WITHOUT_LIMIT
                : (long) (limit.toNanos() * SHARE);
        if (roster.getStartBalanceTime().toNanos() > budget) {
            log.debug("Level trials: none, the start's balance pass took {} ms, more than their {} ms",
                    roster.getStartBalanceTime().toMillis(), budget / 1_000_000);
            return;
        }
        long deadline = System.nanoTime() + budget;
        Map<Seat, @Nullable Volunteer> started = holders(roster);
        Map<Seat, @Nullable Volunteer> best = started;
        HardMediumSoftLongScore startScore = score(scoreDirector);
        HardMediumSoftLongScore bestScore = startScore;
        long began = System.nanoTime();
        int trials = 0;
        List<Double> rises = new ArrayList<>(); // the level each round kept, for the log
        for (int round = 0; round < ROUNDS; round++) {
            Map<Seat, @Nullable Volunteer> start = best;
            double kept = 0;
            for (double rise : RISES) {
                if (isPhaseTerminated.getAsBoolean() || System.nanoTime() - deadline >= 0) {
                    break;
                }
                apply(scoreDirector, start);
                new FairBalance(scoreDirector, true, true, null, false).aimingAbove(rise)
                        .withoutLongRuns().run(isPhaseTerminated, deadline);
                trials++;
                HardMediumSoftLongScore score = score(scoreDirector);
                if (score.compareTo(bestScore) > 0) {
                    best = holders(roster);
                    bestScore = score;
                    kept = rise;
                }
            }
            if (best == start) {
                break; // no level beat the last round's roster
            }
            rises.add(kept);
        }
        log.debug("Level trials: {} in {} ms; the start scores {}, {}", trials, (System.nanoTime() - began) / 1_000_000,
                startScore, best == started ? "no trial better" : "the best trial " + bestScore + " (rises " + rises + ")");
        if (best == started || isPhaseTerminated.getAsBoolean()) {
            apply(scoreDirector, best);
            return;
        }
        // The best trial scores above the start, which does not yet make it the better place to search from.
        apply(scoreDirector, started);
        score(scoreDirector);
        Roster fromStart = ((InnerScoreDirector<Roster, HardMediumSoftLongScore>) scoreDirector).cloneWorkingSolution();
        if (TrialRace.within(limit, isPhaseTerminated).keepsTrial(fromStart, bestScore)) {
            apply(scoreDirector, best);
        }
    }

    private static HardMediumSoftLongScore score(ScoreDirector<Roster> scoreDirector) {
        return ((InnerScoreDirector<Roster, HardMediumSoftLongScore>) scoreDirector).calculateScore().raw();
    }

    private static Map<Seat, @Nullable Volunteer> holders(Roster roster) {
        Map<Seat, @Nullable Volunteer> holders = new HashMap<>();
        roster.getSeats().forEach(seat -> holders.put(seat, seat.getVolunteer()));
        return holders;
    }

    private static void apply(ScoreDirector<Roster> scoreDirector, Map<Seat, @Nullable Volunteer> holders) {
        holders.forEach((seat, volunteer) -> {
            if (seat.getVolunteer() != volunteer) {
                scoreDirector.beforeVariableChanged(seat, "volunteer");
                seat.setVolunteer(volunteer);
                scoreDirector.afterVariableChanged(seat, "volunteer");
            }
        });
        scoreDirector.triggerVariableListeners();
    }
}
