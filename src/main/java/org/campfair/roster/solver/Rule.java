package org.campfair.roster.solver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campfair.roster.solver.justifications.AvoidSharesRoomJustification;
import org.campfair.roster.solver.justifications.BuddiesOnSameShiftJustification;
import org.campfair.roster.solver.justifications.BuddiesTogetherJustification;
import org.campfair.roster.solver.justifications.DayOffAfterFiveDaysJustification;
import org.campfair.roster.solver.justifications.DislikedTaskJustification;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.FewerHousesOpenedJustification;
import org.campfair.roster.solver.justifications.GentleStartJustification;
import org.campfair.roster.solver.justifications.LeadNeededJustification;
import org.campfair.roster.solver.justifications.LikedTaskJustification;
import org.campfair.roster.solver.justifications.MissingSkillJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification;
import org.campfair.roster.solver.justifications.OverMaxHoursPerDayJustification;
import org.campfair.roster.solver.justifications.OverlappingShiftsJustification;
import org.campfair.roster.solver.justifications.RestBetweenShiftsJustification;
import org.campfair.roster.solver.justifications.RoomNeedsJustification;
import org.campfair.roster.solver.justifications.RuleJustification;
import org.campfair.roster.solver.justifications.SharedBedJustification;
import org.campfair.roster.solver.justifications.ShortTravelJustification;
import org.campfair.roster.solver.justifications.StabilityJustification;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.VolunteerWithoutBedJustification;

/**
 * Every rule of a good roster, in one place: its level, the English name Timefold and the API
 * know it by, the message key of its name in the reader's language, its default weight, what
 * one point of it stands for, and the justification that states each breach as a sentence.
 * The constraint provider, the weights page, the explanations and the API all read it, so a
 * new rule is a constant here plus its constraint; {@code RuleCatalogueTest} fails until the
 * constraint, its verifier test, its sentences in every language and (for a soft rule) its
 * weight entry exist.
 *
 * <p>The constant's name, in camel case, is the name of the constraint's method in
 * {@link RosterConstraintProvider} and of its verifier test. Hard and medium rules weigh one
 * point each at their level; a camp may weigh only the soft ones ({@link RosterWeights},
 * where the reasons for the soft defaults are written down).
 */
public enum Rule {

    // Hard
    MISSING_SKILL(Level.HARD, "Volunteer lacks a required skill", "roster.rule.missingSkill", 1,
            "per missing skill", MissingSkillJustification.class, Fix.PARTICIPANT),
    OUTSIDE_AVAILABILITY(Level.HARD, "Volunteer is not available for the shift", "roster.rule.unavailable", 1,
            "per shift", OutsideAvailabilityJustification.class, Fix.PARTICIPANT),
    OVERLAPPING_SHIFTS(Level.HARD, "Volunteer is on overlapping shifts", "roster.rule.overlap", 1,
            "per minute of overlap", OverlappingShiftsJustification.class, Fix.PARTICIPANT),
    SHARED_BED(Level.HARD, "Two volunteers share a bed", "roster.rule.sharedBed", 1,
            "per shared night", SharedBedJustification.class, Fix.HOUSING),
    ROOM_NEEDS(Level.HARD, "Room does not meet the volunteer's needs", "roster.rule.roomNeeds", 1,
            "per unmet need", RoomNeedsJustification.class, Fix.HOUSING),
    OVER_MAX_HOURS_PER_DAY(Level.HARD, "Volunteer works more hours a day than agreed", "roster.rule.overMaxHours", 1,
            "per minute over the day's limit", OverMaxHoursPerDayJustification.class, Fix.PARTICIPANT),
    REST_BETWEEN_SHIFTS(Level.HARD, "Volunteer rests less than 10 hours between working days", "roster.rule.rest", 1,
            "per minute of rest missing", RestBetweenShiftsJustification.class, Fix.PARTICIPANT),
    LEAD_NEEDED(Level.HARD, "Shift has no lead", "roster.rule.lead", 1,
            "per shift", LeadNeededJustification.class, Fix.PARTICIPANT),
    AVOID_SHARES_ROOM(Level.HARD, "Volunteers kept apart share a room", "roster.rule.keptApart", 1,
            "per shared night", AvoidSharesRoomJustification.class, Fix.HOUSING),

    // Medium
    UNFILLED_REQUIRED_SEAT(Level.MEDIUM, "Required seat is unfilled", "roster.rule.unfilled", 1,
            "per empty seat below the minimum headcount", UnfilledRequiredSeatJustification.class, Fix.PARTICIPANT),
    VOLUNTEER_WITHOUT_BED(Level.MEDIUM, "Volunteer has no bed", "roster.rule.noBed", 1,
            "per volunteer", VolunteerWithoutBedJustification.class, Fix.HOUSING),

    // Soft
    FAIR_WORKLOAD(Level.SOFT, "Work is shared fairly", "roster.rule.fair", 10,
            "per 1/100 minute a day of spread in worked minutes per day, per volunteer",
            FairWorkloadJustification.class, Fix.PARTICIPANT),
    GENTLE_START(Level.SOFT, "Newcomer starts gently", "roster.rule.gentleStart", 30_000,
            "per extra shift on a first day, per intensity step above what a newcomer can take",
            GentleStartJustification.class, Fix.PARTICIPANT),
    LIKED_TASK(Level.SOFT, "Volunteer does a task they like", "roster.rule.liked", 300,
            "reward per shift", LikedTaskJustification.class, Fix.PARTICIPANT),
    DISLIKED_TASK(Level.SOFT, "Volunteer does a task they dislike", "roster.rule.disliked", 600,
            "per shift", DislikedTaskJustification.class, Fix.PARTICIPANT),
    BUDDIES_TOGETHER(Level.SOFT, "Buddies live in the same house", "roster.rule.buddiesHouse", 600,
            "reward per pair", BuddiesTogetherJustification.class, Fix.HOUSING),
    BUDDIES_ON_SAME_SHIFT(Level.SOFT, "Buddies work the same shift", "roster.rule.buddiesShift", 150,
            "reward per pair and shift", BuddiesOnSameShiftJustification.class, Fix.PARTICIPANT),
    SHORT_TRAVEL(Level.SOFT, "Volunteer travels from house to site", "roster.rule.travel", 10,
            "per 100 m straight line per shift", ShortTravelJustification.class, Fix.PARTICIPANT),
    FEWER_HOUSES_OPENED(Level.SOFT, "House is opened", "roster.rule.houseOpened", 5_000,
            "per house with anyone sleeping in it", FewerHousesOpenedJustification.class, Fix.HOUSING),
    DAY_OFF_AFTER_FIVE_DAYS(Level.SOFT, "Volunteer works more than five days in a row", "roster.rule.noDayOff", 15_000,
            "per working day beyond the fifth in a row", DayOffAfterFiveDaysJustification.class, Fix.PARTICIPANT),
    STABILITY(Level.SOFT, "Published assignment changed", "roster.rule.stability", 20_000,
            "per seat or bed changed since publishing", StabilityJustification.class, Fix.PARTICIPANT);

    /** How much a breach matters: a hard rule is never broken for a softer one. */
    public enum Level {
        HARD, MEDIUM, SOFT
    }

    /** Where an organizer fixes a breach: with the participants and tasks, or on the houses page. */
    public enum Fix {
        PARTICIPANT, HOUSING
    }

    private static final Map<String, Rule> BY_CONSTRAINT_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::constraintName, Function.identity()));

    private final Level level;
    private final String constraintName;
    private final String messageKey;
    private final long defaultWeight;
    private final String unit;
    private final Class<? extends RuleJustification> justification;
    private final Fix fix;

    Rule(Level level, String constraintName, String messageKey, long defaultWeight, String unit,
            Class<? extends RuleJustification> justification, Fix fix) {
        this.level = level;
        this.constraintName = constraintName;
        this.messageKey = messageKey;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
        this.justification = justification;
        this.fix = fix;
    }

    public Level level() {
        return level;
    }

    /** The name Timefold, the API and the explanation records know the rule by (English). */
    public String constraintName() {
        return constraintName;
    }

    /** The message key of the rule's name in the reader's language. */
    public String messageKey() {
        return messageKey;
    }

    /** The weight of one point at the rule's level, unless a camp weighs a soft rule itself. */
    public long defaultWeight() {
        return defaultWeight;
    }

    /** What one point of the constraint's match weight stands for. */
    public String unit() {
        return unit;
    }

    /** The justification the constraint gives for each match; it states its own sentence. */
    public Class<? extends RuleJustification> justification() {
        return justification;
    }

    public Fix fix() {
        return fix;
    }

    /** Only soft rules may be weighed by a camp. */
    public boolean weighable() {
        return level == Level.SOFT;
    }

    /** The default score of one point of the rule, at its level. */
    public HardMediumSoftLongScore defaultScore() {
        return switch (level) {
            case HARD -> HardMediumSoftLongScore.ofHard(defaultWeight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(defaultWeight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(defaultWeight);
        };
    }

    /** The name of the rule's method in the constraint provider and of its verifier test. */
    public String methodName() {
        var words = name().toLowerCase(Locale.ROOT).split("_");
        var method = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            method.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return method.toString();
    }

    public static Optional<Rule> byConstraintName(String constraintName) {
        return Optional.ofNullable(BY_CONSTRAINT_NAME.get(constraintName));
    }
}
