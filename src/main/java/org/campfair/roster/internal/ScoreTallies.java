package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.campfair.roster.ScoreTally;
import org.campfair.roster.model.Roster;
import org.campfair.roster.solver.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts a roster's score in things a person can picture ({@link ScoreTally}) from Timefold's
 * match counts: a shallow analysis, without the justifications the "Why" tab reads. Analysed at
 * the camp's default weights, so a rule a camp weighs 0 is still counted. The saved roster's
 * tally is kept per camp until its score or save time changes, so reading the roster page
 * again costs no analysis.
 */
@Component
public class ScoreTallies {

    private final SolutionManager<Roster, HardMediumSoftLongScore> solutions;
    private final RosterProblemLoader loader;
    private final Map<Long, Saved> saved = new ConcurrentHashMap<>();

    private record Saved(String score, @Nullable Instant solvedAt, ScoreTally tally) {
    }

    ScoreTallies(SolutionManager<Roster, HardMediumSoftLongScore> solutions, RosterProblemLoader loader) {
        this.solutions = solutions;
        this.loader = loader;
    }

    /** The tally of a roster in memory, such as the best one of a running solve. */
    public ScoreTally of(Roster roster) {
        var analysis = solutions.analyze(roster.atDefaultWeights(), ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
        int broken = 0;
        int open = 0;
        int withoutBed = 0;
        int wishes = 0;
        for (var constraint : analysis.constraintMap().values()) {
            var rule = Rule.byConstraintName(constraint.constraintRef().constraintName()).orElse(null);
            if (rule == null) {
                continue;
            }
            int matches = constraint.matchCount();
            if (rule.level() == Rule.Level.HARD) {
                broken += matches;
            } else if (rule == Rule.UNFILLED_REQUIRED_SEAT) {
                open += matches;
            } else if (rule == Rule.VOLUNTEER_WITHOUT_BED) {
                withoutBed += matches;
            } else if (rule.deniesAWish()) {
                wishes += matches;
            }
        }
        return new ScoreTally(broken, open, withoutBed, wishes);
    }

    /** The tally of the camp's saved roster, whose score and save time are given. */
    public ScoreTally ofSaved(long campId, String score, @Nullable Instant solvedAt) {
        var known = saved.get(campId);
        if (known != null && known.score().equals(score) && Objects.equals(known.solvedAt(), solvedAt)) {
            return known.tally();
        }
        var tally = of(loader.load(campId));
        saved.put(campId, new Saved(score, solvedAt, tally));
        return tally;
    }
}
