package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campfair.roster.model.Roster;

/**
 * A window re-plan's problem ({@link RosterWindow}) with the whole camp's it was cut from. The
 * two share no planning entity: the camp's can be scored while the window is solved.
 */
public record WindowProblem(Roster camp, Roster window) {

    /**
     * The camp's score of a window roster: the rules score the window so that it differs from
     * the camp's by the same amount for every window roster (what lies outside it is fixed), so
     * that amount, measured once on the rosters the solve starts from, carries over.
     */
    public static HardMediumSoftLongScore campScore(HardMediumSoftLongScore windowScore,
            HardMediumSoftLongScore campAtStart, HardMediumSoftLongScore windowAtStart) {
        return windowScore.add(campAtStart.subtract(windowAtStart));
    }
}
