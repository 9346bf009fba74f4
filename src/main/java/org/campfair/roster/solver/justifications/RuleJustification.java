package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.jspecify.annotations.Nullable;

/**
 * Why a rule of the roster costs what it costs, for one match of its constraint. Each
 * justification states its own sentence, so a rule's wording lives beside the facts it words
 * rather than in one long switch; sealed, so that {@code RuleCatalogueTest} can check every
 * kind against the rules.
 */
public sealed interface RuleJustification extends ConstraintJustification permits AvoidSharesRoomJustification,
        BuddiesOnSameShiftJustification, BuddiesTogetherJustification, DayOffAfterFiveDaysJustification,
        DislikedTaskJustification, FairWorkloadJustification, FewerHousesOpenedJustification,
        GentleStartJustification, LeadNeededJustification, LikedTaskJustification, MissingSkillJustification,
        OutsideAvailabilityJustification, OverMaxHoursPerDayJustification, OverlappingShiftsJustification,
        RestBetweenShiftsJustification, RoomNeedsJustification, SharedBedJustification, ShortTravelJustification,
        StabilityJustification, UnfilledRequiredSeatJustification, VolunteerWithoutBedJustification {

    /** The sentence an organizer reads, in the language {@code wording} speaks. */
    Statement statement(Wording wording);

    /**
     * A sentence and what it is about, so the explanation panel can filter by person, task or day.
     *
     * @param nicknames the people the sentence names
     * @param task the task it is about, if one
     * @param day the day it is about, if one
     */
    record Statement(String sentence, List<String> nicknames, @Nullable String task, @Nullable LocalDate day) {

        public Statement {
            nicknames = List.copyOf(nicknames);
        }
    }
}
