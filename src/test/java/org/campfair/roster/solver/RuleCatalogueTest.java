package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import org.campfair.roster.internal.ExplanationWriter;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.RoomNeed;
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
import org.campfair.roster.solver.justifications.Wording;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Rule} is whole: a constraint in the provider, a verifier test named like it,
 * its name and every sentence its justification can say in Japanese, English and Korean, and,
 * for a soft rule, a weight entry with its unit on the weights page. A rule added to the enum
 * without one of them fails here.
 */
class RuleCatalogueTest {

    private static final List<String> BUNDLES = List.of("messages.properties", "messages_ja.properties",
            "messages_ko.properties");
    private static final LocalDateTime MONDAY_8 = LocalDateTime.of(2026, 8, 3, 8, 0);
    private static final LocalDate MONDAY = MONDAY_8.toLocalDate();

    /** One justification per way its sentence can go, for every rule. */
    private static final Map<Rule, List<RuleJustification>> SAMPLES = samples();

    @Test
    void everyRuleHasItsConstraintAndTheProviderNoOther() throws NoSuchMethodException {
        SolutionManager<Roster, HardMediumSoftLongScore> solutions =
                SolutionManager.create(SolverFactory.create(RosterSolverConfig.create()));
        var empty = new Roster(1, List.of(), List.of(), List.of(), List.of(), List.of());
        Set<String> defined = solutions.analyze(empty, ScoreAnalysisFetchPolicy.FETCH_SHALLOW)
                .constraintAnalyses().stream()
                .map(ConstraintAnalysis::constraintRef).map(ref -> ref.constraintName())
                .collect(Collectors.toSet());

        assertThat(defined).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Rule.values()).map(Rule::constraintName).toList());
        for (Rule rule : Rule.values()) {
            Method method = RosterConstraintProvider.class.getDeclaredMethod(rule.methodName(), ConstraintFactory.class);
            assertThat(method.getReturnType()).as(rule.methodName()).isEqualTo(Constraint.class);
        }
    }

    @Test
    void everyRuleHasAVerifierTestNamedLikeItsConstraint() {
        Set<String> tests = Arrays.stream(RosterConstraintProviderTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName).collect(Collectors.toSet());

        assertThat(tests).containsAll(Arrays.stream(Rule.values()).map(Rule::methodName).toList());
    }

    @Test
    void everyRuleIsNamedInEveryLanguage() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = bundle(bundle);
            for (Rule rule : Rule.values()) {
                assertThat(messages.getProperty(rule.messageKey())).as(rule + " in " + bundle).isNotBlank();
            }
        }
    }

    @Test
    void everyJustificationBelongsToOneRule() {
        Set<Class<?>> permitted = new HashSet<>(Arrays.asList(RuleJustification.class.getPermittedSubclasses()));

        assertThat(Arrays.stream(Rule.values()).map(Rule::justification).collect(Collectors.toSet()))
                .isEqualTo(permitted).hasSize(Rule.values().length);
    }

    @Test
    void everySentenceOfEveryRuleIsWrittenInEveryLanguage() throws IOException {
        assertThat(SAMPLES).as("sample justifications for every rule").containsOnlyKeys(Rule.values());
        var roster = new Roster(1, List.of(), List.of(), List.of(), List.of(), List.of());
        var keys = new RecordingWording(new ExplanationWriter(roster, Locale.ENGLISH));
        SAMPLES.forEach((rule, samples) -> {
            assertThat(samples).as(rule.name()).isNotEmpty()
                    .allSatisfy(sample -> assertThat(sample).isInstanceOf(rule.justification()));
            samples.forEach(sample -> assertThat(sample.statement(keys).sentence()).as(rule.name()).isNotBlank());
        });
        for (String bundle : BUNDLES) {
            Properties messages = bundle(bundle);
            assertThat(keys.used).as("sentences in " + bundle).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(key + " in " + bundle).isNotBlank());
        }
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH, Locale.KOREAN)) {
            var wording = new ExplanationWriter(roster, locale);
            SAMPLES.values().stream().flatMap(List::stream).forEach(sample ->
                    assertThat(sample.statement(wording).sentence()).as(sample + " in " + locale)
                            .doesNotContain("!roster."));
        }
    }

    @Test
    void everySoftRuleAndOnlyASoftRuleHasAWeightEntryWithItsUnit() throws IOException {
        for (Rule rule : Rule.values()) {
            assertThat(rule.defaultWeight()).as(rule.name()).isPositive();
            assertThat(RosterWeights.of(rule).isPresent()).as(rule.name()).isEqualTo(rule.weighable());
        }
        assertThat(Arrays.stream(RosterWeights.values()).map(RosterWeights::rule).distinct())
                .hasSize(RosterWeights.values().length);
        for (String bundle : BUNDLES) {
            Properties messages = bundle(bundle);
            for (RosterWeights weight : RosterWeights.values()) {
                assertThat(messages.getProperty(weight.unitKey())).as(weight + " in " + bundle).isNotBlank();
            }
        }
    }

    @Test
    void everySoftRuleSaysAnAmountOfItInEveryLanguageInTheUnitsOfItsMeasure() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = bundle(bundle);
            for (RosterWeights weight : RosterWeights.values()) {
                String amount = messages.getProperty(weight.rule().amountKey());
                assertThat(amount).as(weight + " in " + bundle).isNotBlank().contains("{0");
                boolean twoAmounts = weight.rule().measure() == Rule.Measure.SPREAD
                        || weight.rule().measure() == Rule.Measure.HUNDRED_METRES;
                assertThat(amount.contains("{1")).as(weight + " in " + bundle + ": a second amount").isEqualTo(twoAmounts);
            }
        }
        assertThat(Rule.SHORT_TRAVEL.measure()).isEqualTo(Rule.Measure.HUNDRED_METRES);
        assertThat(Arrays.stream(Rule.values()).filter(Rule::deniesAWish))
                .allSatisfy(rule -> assertThat(rule.level()).isEqualTo(Rule.Level.SOFT))
                .containsExactlyInAnyOrder(Rule.DISLIKED_TASK, Rule.GENTLE_START, Rule.DAY_OFF_AFTER_FIVE_DAYS);
    }

    @Test
    void hardAndMediumRulesScoreAtTheirLevel() {
        assertThat(Rule.MISSING_SKILL.defaultScore()).isEqualTo(HardMediumSoftLongScore.ONE_HARD);
        assertThat(Rule.UNFILLED_REQUIRED_SEAT.defaultScore()).isEqualTo(HardMediumSoftLongScore.ONE_MEDIUM);
        assertThat(Rule.GENTLE_START.defaultScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(30_000));
        assertThat(Rule.byConstraintName("Shift has no lead")).contains(Rule.LEAD_NEEDED);
        assertThat(Rule.DAY_OFF_AFTER_FIVE_DAYS.methodName()).isEqualTo("dayOffAfterFiveDays");
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<Rule, List<RuleJustification>> samples() {
        Map<Rule, List<RuleJustification>> samples = new EnumMap<>(Rule.class);
        samples.put(Rule.MISSING_SKILL, List.of(new MissingSkillJustification("Ana", "Cooking", MONDAY_8,
                Set.of("cooking"))));
        samples.put(Rule.OUTSIDE_AVAILABILITY, Stream.of(OutsideAvailabilityJustification.Reason.values())
                .<RuleJustification>map(reason -> new OutsideAvailabilityJustification("Ana", "Cooking", MONDAY_8,
                        MONDAY_8.plusHours(3), reason)).toList());
        samples.put(Rule.OVERLAPPING_SHIFTS, List.of(new OverlappingShiftsJustification("Ana", "Cooking", MONDAY_8,
                "Harvest", MONDAY_8.plusHours(1), 60)));
        samples.put(Rule.SHARED_BED, List.of(new SharedBedJustification("Ana", "Ben", "Mill", "Loft", "A",
                MONDAY, 2)));
        samples.put(Rule.ROOM_NEEDS, List.of(new RoomNeedsJustification("Ana", "Mill", "Loft", "A",
                Set.of(RoomNeed.values()))));
        samples.put(Rule.OVER_MAX_HOURS_PER_DAY, List.of(new OverMaxHoursPerDayJustification("Ana", MONDAY, 570, 480)));
        samples.put(Rule.REST_BETWEEN_SHIFTS, List.of(new RestBetweenShiftsJustification("Ana", "Dinner",
                MONDAY_8.plusHours(14), "Breakfast", MONDAY_8.plusHours(22), 480, 600)));
        samples.put(Rule.LEAD_NEEDED, List.of(
                new LeadNeededJustification("Cooking", MONDAY_8, Set.of(), List.of("Ana")),
                new LeadNeededJustification("Cooking", MONDAY_8, Set.of("cooking"), List.of("Ana"))));
        samples.put(Rule.AVOID_SHARES_ROOM, List.of(new AvoidSharesRoomJustification("Ana", "Ben", "Mill", "Loft",
                MONDAY, 3)));
        samples.put(Rule.UNFILLED_REQUIRED_SEAT, List.of(new UnfilledRequiredSeatJustification("Cooking", MONDAY_8,
                2, 2)));
        samples.put(Rule.VOLUNTEER_WITHOUT_BED, List.of(new VolunteerWithoutBedJustification("Ana", MONDAY,
                MONDAY.plusDays(5))));
        samples.put(Rule.FAIR_WORKLOAD, List.of(new FairWorkloadJustification(List.of()),
                new FairWorkloadJustification(List.of(new FairWorkloadJustification.Share("Ana", 200),
                        new FairWorkloadJustification.Share("Ben", 150)))));
        samples.put(Rule.GENTLE_START, List.of(
                new GentleStartJustification("Ana", MONDAY, true, List.of("Cooking", "Harvest"), 1, List.of()),
                new GentleStartJustification("Ana", MONDAY, false, List.of("Logging"), 0, List.of("Logging"))));
        samples.put(Rule.LIKED_TASK, List.of(new LikedTaskJustification("Ana", "Cooking", MONDAY_8)));
        samples.put(Rule.DISLIKED_TASK, List.of(new DislikedTaskJustification("Ana", "Cooking", MONDAY_8)));
        samples.put(Rule.BUDDIES_TOGETHER, List.of(new BuddiesTogetherJustification("Ana", "Ben", "Mill")));
        samples.put(Rule.BUDDIES_ON_SAME_SHIFT, List.of(new BuddiesOnSameShiftJustification("Ana", "Ben", "Cooking",
                MONDAY_8)));
        samples.put(Rule.SHORT_TRAVEL, List.of(new ShortTravelJustification("Ana", "Mill", "Upper grove", 4, 1200)));
        samples.put(Rule.FEWER_HOUSES_OPENED, List.of(new FewerHousesOpenedJustification("Mill", 6)));
        samples.put(Rule.DAY_OFF_AFTER_FIVE_DAYS, List.of(new DayOffAfterFiveDaysJustification("Ana", MONDAY,
                MONDAY.plusDays(6), 7)));
        var place = new StabilityJustification.BedPlace("Mill", "Loft", "A");
        samples.put(Rule.STABILITY, List.of(
                new StabilityJustification.SeatChanged("Cooking", MONDAY_8, 1, "Ana", null),
                new StabilityJustification.SeatChanged("Cooking", MONDAY_8, 1, "Ana", "Ben"),
                new StabilityJustification.BedChanged("Ana", place, null),
                new StabilityJustification.BedChanged("Ana", place, new StabilityJustification.BedPlace("Barn",
                        "Hayloft", "B"))));
        return samples;
    }

    /** Words sentences as the explanation panel does, and notes every message key a sentence asks for. */
    private static final class RecordingWording implements Wording {

        final Set<String> used = new HashSet<>();
        private final ExplanationWriter words;

        RecordingWording(ExplanationWriter words) {
            this.words = words;
        }

        @Override
        public String text(String key, Object... arguments) {
            used.add(key);
            return words.text(key, arguments);
        }

        @Override
        public String when(LocalDateTime time) {
            return words.when(time);
        }

        @Override
        public String day(LocalDate day) {
            return words.day(day);
        }

        @Override
        public String hours(long minutes) {
            used.add(minutes % 60 == 0 ? "roster.explain.hours" : "roster.explain.hoursMinutes");
            return words.hours(minutes);
        }

        @Override
        public String skills(Collection<String> skills) {
            used.add("roster.explain.skill");
            return words.skills(skills);
        }

        @Override
        public String list(Collection<String> names) {
            used.add("roster.explain.list");
            return words.list(names);
        }

        @Override
        public String need(RoomNeed need) {
            used.add("roster.explain.need." + switch (need) {
                case PRIVATE_ROOM -> "privateRoom";
                case STEP_FREE -> "stepFree";
                case ROOM_RULE -> "roomRule";
            });
            return words.need(need);
        }

        @Override
        public int beds() {
            return words.beds();
        }

        @Override
        public int volunteers() {
            return words.volunteers();
        }
    }
}
