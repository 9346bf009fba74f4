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
 * one point of it stands for (in words and as a {@link Measure}), and the justification that
 * states each breach as a sentence.
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
            "per missing skill", Measure.COUNT, MissingSkillJustification.class, Fix.PARTICIPANT),
    OUTSIDE_AVAILABILITY(Level.HARD, "Volunteer is not available for the shift", "roster.rule.unavailable", 1,
            "per shift", Measure.COUNT, OutsideAvailabilityJustification.class, Fix.PARTICIPANT),
    OVERLAPPING_SHIFTS(Level.HARD, "Volunteer is on overlapping shifts", "roster.rule.overlap", 1,
            "per minute of overlap", Measure.MINUTES, OverlappingShiftsJustification.class, Fix.PARTICIPANT),
    SHARED_BED(Level.HARD, "Two volunteers share a bed", "roster.rule.sharedBed", 1,
            "per shared night", Measure.COUNT, SharedBedJustification.class, Fix.HOUSING),
    ROOM_NEEDS(Level.HARD, "Room does not meet the volunteer's needs", "roster.rule.roomNeeds", 1,
            "per unmet need", Measure.COUNT, RoomNeedsJustification.class, Fix.HOUSING),
    OVER_MAX_HOURS_PER_DAY(Level.HARD, "Volunteer works more hours a day than agreed", "roster.rule.overMaxHours", 1,
            "per minute over the day's limit", Measure.MINUTES, OverMaxHoursPerDayJustification.class, Fix.PARTICIPANT),
    REST_BETWEEN_SHIFTS(Level.HARD, "Volunteer rests less than 10 hours between working days", "roster.rule.rest", 1,
            "per minute of rest missing", Measure.MINUTES, RestBetweenShiftsJustification.class, Fix.PARTICIPANT),
    LEAD_NEEDED(Level.HARD, "Shift has no lead", "roster.rule.lead", 1,
            "per shift", Measure.COUNT, LeadNeededJustification.class, Fix.PARTICIPANT),
    AVOID_SHARES_ROOM(Level.HARD, "Volunteers kept apart share a room", "roster.rule.keptApart", 1,
            "per shared night", Measure.COUNT, AvoidSharesRoomJustification.class, Fix.HOUSING),

    // Medium
    UNFILLED_REQUIRED_SEAT(Level.MEDIUM, "Required seat is unfilled", "roster.rule.unfilled", 1,
            "per empty seat below the minimum headcount",
            Measure.COUNT, UnfilledRequiredSeatJustification.class, Fix.PARTICIPANT),
    VOLUNTEER_WITHOUT_BED(Level.MEDIUM, "Volunteer has no bed", "roster.rule.noBed", 1,
            "per volunteer", Measure.COUNT, VolunteerWithoutBedJustification.class, Fix.HOUSING),

    // Soft
    FAIR_WORKLOAD(Level.SOFT, "Work is shared fairly", "roster.rule.fair", 10,
            "per 1/100 minute a day of spread in worked minutes per day, per volunteer", Measure.SPREAD,
            FairWorkloadJustification.class, Fix.PARTICIPANT),
    GENTLE_START(Level.SOFT, "Newcomer starts gently", "roster.rule.gentleStart", 30_000,
            "per extra shift on a first day, per intensity step above what a newcomer can take", Measure.COUNT,
            GentleStartJustification.class, Fix.PARTICIPANT),
    LIKED_TASK(Level.SOFT, "Volunteer does a task they like", "roster.rule.liked", 300,
            "reward per shift", Measure.COUNT, LikedTaskJustification.class, Fix.PARTICIPANT),
    DISLIKED_TASK(Level.SOFT, "Volunteer does a task they dislike", "roster.rule.disliked", 600,
            "per shift", Measure.COUNT, DislikedTaskJustification.class, Fix.PARTICIPANT),
    BUDDIES_TOGETHER(Level.SOFT, "Buddies live in the same house", "roster.rule.buddiesHouse", 600,
            "reward per pair", Measure.COUNT, BuddiesTogetherJustification.class, Fix.HOUSING),
    BUDDIES_ON_SAME_SHIFT(Level.SOFT, "Buddies work the same shift", "roster.rule.buddiesShift", 150,
            "reward per pair and shift", Measure.COUNT, BuddiesOnSameShiftJustification.class, Fix.PARTICIPANT),
    SHORT_TRAVEL(Level.SOFT, "Volunteer travels from house to site", "roster.rule.travel", 10,
            "per 100 m straight line per shift",
            Measure.HUNDRED_METRES, ShortTravelJustification.class, Fix.PARTICIPANT),
    FEWER_HOUSES_OPENED(Level.SOFT, "House is opened", "roster.rule.houseOpened", 5_000,
            "per house with anyone sleeping in it", Measure.COUNT, FewerHousesOpenedJustification.class, Fix.HOUSING),
    DAY_OFF_AFTER_FIVE_DAYS(Level.SOFT, "Volunteer works more than five days in a row", "roster.rule.noDayOff", 15_000,
            "per working day beyond the fifth in a row",
            Measure.COUNT, DayOffAfterFiveDaysJustification.class, Fix.PARTICIPANT),
    STABILITY(Level.SOFT, "Published assignment changed", "roster.rule.stability", 20_000,
            "per seat or bed changed since publishing", Measure.COUNT, StabilityJustification.class, Fix.PARTICIPANT);

    /** How much a breach matters: a hard rule is never broken for a softer one. */
    public enum Level {
        HARD, MEDIUM, SOFT
    }

    /**
     * What one point of a rule's match weight measures, so that a page can turn an amount into
     * units a person understands (kilometres, hours, days) instead of bare points.
     */
    public enum Measure {
        /** One point is one thing the unit names: a shift, a pair, a house, a day, a seat, a person. */
        COUNT,
        /** One point is one minute. */
        MINUTES,
        /** One point is 100 m in a straight line from house to site, for one shift. */
        HUNDRED_METRES,
        /** One point is a hundredth of a minute a day of spread in work per day, per participant. */
        SPREAD
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
    private final Measure measure;
    private final Class<? extends RuleJustification> justification;
    private final Fix fix;

    Rule(Level level, String constraintName, String messageKey, long defaultWeight, String unit, Measure measure,
            Class<? extends RuleJustification> justification, Fix fix) {
        this.level = level;
        this.constraintName = constraintName;
        this.messageKey = messageKey;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
        this.measure = measure;
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

    /** What one point of the rule measures: a count of {@link #unit() things}, minutes, 100 m walked, a spread. */
    public Measure measure() {
        return measure;
    }

    /**
     * The message key of an amount of the rule in a person's words, by its {@link Measure}: the
     * number of things for a count ("3 working days past the fifth in a row"); hours for
     * minutes; kilometres a day per person, then in all, for 100 m walked; the mean hours of work
     * a day, then their spread, for the fairness spread. Every soft rule has one, since the
     * priorities page says how much of each the roster has.
     */
    public String amountKey() {
        return "roster.rule.amount." + methodName();
    }

    /**
     * Whether each match of the rule is one participant's wish not met: a task they dislike, a
     * sixth working day in a row, a newcomer's too-hard first days. The roster page counts
     * these as "wishes not met"; rewards (liked tasks, buddies) and camp-wide costs (walking,
     * houses opened, fairness, stability) are not one person's wish and are not counted.
     */
    public boolean deniesAWish() {
        return switch (this) {
            case DISLIKED_TASK, GENTLE_START, DAY_OFF_AFTER_FIVE_DAYS -> true;
            default -> false;
        };
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
