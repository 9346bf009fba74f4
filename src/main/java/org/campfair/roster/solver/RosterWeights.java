package org.campfair.roster.solver;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The soft rules a camp may weigh for itself; each names its {@link Rule}, which holds the
 * default weight. Hard and medium rules are not here on purpose: a camp cannot trade safety
 * or an empty seat for comfort. A camp stores its weights under the stable {@link #name() key} (such as
 * {@code FAIR_WORKLOAD}), never under the display name, so rewording a rule keeps them.
 *
 * <h2>Why these defaults</h2>
 * All soft scores share one currency, set by fairness: fairWorkload costs the spread (standard
 * deviation) of worked minutes per day at camp, in hundredths of a minute, once per volunteer
 * ({@code N * sd}, see {@link RosterConstraintProvider#fairWorkload}), times its weight of 10.
 * Counting it once per volunteer makes it grow with the camp like every per-seat and
 * per-person rule below, so at the same spread the defaults strike the same balance for 30
 * people as for 750. The bare {@code sqrt(sum of squared deviations)} that Timefold's
 * loadBalance returns grows only with the square root of the camp, and would fade behind the
 * other rules in a large camp.
 *
 * <p>What fairness is worth depends on how fair the roster already is: the penalty is
 * {@code sqrt(N * sum of squared deviations)}, so a change is worth more the smaller the
 * spread. A 15-second solve of the sample camp (40 people, 14 days) reaches a spread of about
 * 18 minutes a day around a mean of 160. There, handing one 3-hour shift (13 minutes a day
 * over a fortnight) from someone a shift above the mean to someone a shift below gains about
 * 9,500 points, and giving it to someone at the mean costs about 4,700; at a spread of 5
 * minutes a day both are about 3.6 times as much.
 *
 * <p>Fairness is the first soft concern: the issue asks for a roster within 2% of the fairest
 * possible, and the benchmark's 750-person camp showed what a lighter weight costs. At weight
 * 1 (and the welfare rules below at a tenth of their weights now) the solver left the spread
 * about 10% of the mean above its lower bound, because walking distance (about 3 million
 * points there, the largest soft cost) and the comfort rules outbid the small
 * exchanges of half an hour or an hour between two people that close the last few percent:
 * near the target such an exchange is worth only about 300 points at weight 1, less than
 * sending one of the two to a site a few kilometres away. At weight 10 it is worth about
 * 3,000, more than a liked or disliked task or a few kilometres' walk, so those now choose among
 * the fair rosters rather than trade fairness away. The welfare rules that must still hold
 * against fairness were raised by the same factor, so their balance with fairness is what it
 * was:
 * <ul>
 * <li>gentle start (30,000 a breach) holds even against a clear unfairness, since a hard first
 *     day can end a newcomer's camp;</li>
 * <li>stability (20,000 a changed assignment) keeps a re-plan from reshuffling a published
 *     roster for a small fairness gain, yet gives way to a large one;</li>
 * <li>a day off after five working days (15,000 a day beyond five) weighs more than one
 *     shift of unfairness.</li>
 * </ul>
 * The comfort rules kept their weights and so their balance with each other:
 * <ul>
 * <li>a disliked task (600 a shift) outweighs a liked one (300 a shift): sparing someone what
 *     they dread matters more than granting a wish, and both give way to unfairness, so that
 *     people who state wishes do not end up working more or less;</li>
 * <li>buddies under one roof (600 a pair) weigh like a disliked task; buddies on the same
 *     shift (150 a pair and shift) add up over the camp, so each weighs less;</li>
 * <li>short travel (10 per 100 m per shift): a house 1 km nearer the work saves about
 *     2,000 over a fortnight of shifts;</li>
 * <li>each house opened (5,000) is a house to clean and heat, worth a few people's longer
 *     walks.</li>
 * </ul>
 * A camp that prefers short walks to an even share can lower FAIR_WORKLOAD on its Roster
 * priorities page ({@code RuleWeightsView}) or through the API.
 */
public enum RosterWeights {

    FAIR_WORKLOAD(Rule.FAIR_WORKLOAD),
    GENTLE_START(Rule.GENTLE_START),
    LIKED_TASK(Rule.LIKED_TASK),
    DISLIKED_TASK(Rule.DISLIKED_TASK),
    BUDDIES_TOGETHER(Rule.BUDDIES_TOGETHER),
    BUDDIES_ON_SAME_SHIFT(Rule.BUDDIES_ON_SAME_SHIFT),
    SHORT_TRAVEL(Rule.SHORT_TRAVEL),
    FEWER_HOUSES_OPENED(Rule.FEWER_HOUSES_OPENED),
    DAY_OFF_AFTER_FIVE_DAYS(Rule.DAY_OFF_AFTER_FIVE_DAYS),
    STABILITY(Rule.STABILITY);

    private final Rule rule;

    RosterWeights(Rule rule) {
        this.rule = rule;
    }

    /** The rule this weight is for, which holds its name, default and unit. */
    public Rule rule() {
        return rule;
    }

    /** The constraint's name as Timefold and the explanation panel know it. */
    public String constraintName() {
        return rule.constraintName();
    }

    public long defaultWeight() {
        return rule.defaultWeight();
    }

    /** What one point of the constraint's match weight stands for. */
    public String unit() {
        return rule.unit();
    }

    /** The message key of what one point stands for, as the weights page says it. */
    public String unitKey() {
        return "roster.weights.unit." + name();
    }

    /** The weight entry of a soft rule; none for hard and medium rules, which a camp cannot weigh. */
    public static Optional<RosterWeights> of(Rule rule) {
        return Arrays.stream(values()).filter(weight -> weight.rule == rule).findFirst();
    }

    public static Optional<RosterWeights> byKey(String key) {
        return Arrays.stream(values()).filter(weight -> weight.name().equals(key)).findFirst();
    }

    /** Turns a camp's chosen weights into the overrides Timefold reads from the roster. */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(
            Map<RosterWeights, Long> weights) {
        Map<String, HardMediumSoftLongScore> byName = weights.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().constraintName(),
                        entry -> HardMediumSoftLongScore.ofSoft(entry.getValue())));
        return ConstraintWeightOverrides.of(byName);
    }
}
