package org.campfair.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.campfair.camp.CampService;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.RuleWeightStore;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights an organizer gives the roster's soft rules for one camp: how much fairness,
 * gentle starts, days off, travel and the rest count against each other. The next solve uses
 * them; hard rules have no weight, they always hold.
 */
@Service
public class RuleWeightService {

    /** Far above any default (the largest is 30,000), yet small enough that no score can overflow. */
    public static final long MAX_WEIGHT = 10_000_000;

    private final RuleWeightStore store;
    private final CampService camps;
    private final RosterProblemLoader loader;
    private final SolutionManager<Roster, HardMediumSoftLongScore> solutions;

    RuleWeightService(RuleWeightStore store, CampService camps, RosterProblemLoader loader,
            SolutionManager<Roster, HardMediumSoftLongScore> solutions) {
        this.store = store;
        this.camps = camps;
        this.loader = loader;
        this.solutions = solutions;
    }

    /**
     * What the camp's working roster has of each soft rule, so an organizer sees what a weight
     * buys: nothing when no seat is filled yet.
     */
    @Transactional(readOnly = true)
    public RuleAmounts inWorkingRoster(long campId) {
        camps.getOrganized(campId);
        Roster working = loader.load(campId);
        if (working.getSeats().stream().map(Seat::getVolunteer).allMatch(Objects::isNull)) {
            return RuleAmounts.NONE;
        }
        var analysis = solutions.analyze(working.atDefaultWeights(), ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        Map<String, Long> pointsByName = analysis.constraintMap().values().stream().collect(Collectors.toMap(
                constraint -> constraint.constraintRef().constraintName(),
                constraint -> Math.abs(constraint.score().softScore())));
        Map<RosterWeights, Long> amounts = new EnumMap<>(RosterWeights.class);
        for (RosterWeights rule : RosterWeights.values()) {
            amounts.put(rule, pointsByName.getOrDefault(rule.constraintName(), 0L) / rule.defaultWeight());
        }
        var fairness = Fairness.of(working);
        long personDays = working.getVolunteers().stream().mapToLong(volunteer -> volunteer.availableDays()).sum();
        return new RuleAmounts(amounts, fairness.mean(), fairness.sd(), personDays);
    }

    /** Every soft rule, in the order the solver documents them, with the camp's weight or the default. */
    @Transactional(readOnly = true)
    public List<RuleWeight> weights(long campId) {
        camps.getOrganized(campId);
        return everyRule(store.load(campId));
    }

    /**
     * Sets the camp's weights: a rule left out (or null) goes back to its default. Refuses the whole
     * change, keeping every weight as it was, when one weight is out of range.
     */
    @Transactional
    public List<RuleWeight> save(long campId, Map<RosterWeights, Long> weights) {
        camps.getOrganized(campId);
        Map<RosterWeights, Long> chosen = new EnumMap<>(RosterWeights.class);
        for (RosterWeights rule : RosterWeights.values()) {
            Long given = weights.get(rule);
            long weight = given == null ? rule.defaultWeight() : given;
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new RefusedChangeException("roster.weights.outOfRange", MAX_WEIGHT);
            }
            chosen.put(rule, weight);
        }
        store.replace(campId, chosen);
        return everyRule(chosen);
    }

    private static List<RuleWeight> everyRule(Map<RosterWeights, Long> chosen) {
        return Arrays.stream(RosterWeights.values())
                .map(rule -> new RuleWeight(rule, chosen.getOrDefault(rule, rule.defaultWeight())))
                .toList();
    }
}
