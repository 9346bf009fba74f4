package org.campfair.roster;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.campfair.camp.CampService;
import org.campfair.roster.internal.RuleWeightStore;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
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
    private final CampAccess access;

    RuleWeightService(RuleWeightStore store, CampService camps, CampAccess access) {
        this.store = store;
        this.camps = camps;
        this.access = access;
    }

    /** Every soft rule, in the order the solver documents them, with the camp's weight or the default. */
    @Transactional(readOnly = true)
    public List<RuleWeight> weights(long campId) {
        access.requireOrganizer(campId);
        camps.get(campId);
        Map<RosterWeights, Long> own = store.load(campId);
        return Arrays.stream(RosterWeights.values())
                .map(rule -> new RuleWeight(rule, own.getOrDefault(rule, rule.defaultWeight())))
                .toList();
    }

    /**
     * Sets the camp's weights: a rule left out (or null) goes back to its default. Refuses the whole
     * change, keeping every weight as it was, when one weight is out of range.
     */
    @Transactional
    public List<RuleWeight> save(long campId, Map<RosterWeights, Long> weights) {
        access.requireOrganizer(campId);
        camps.get(campId);
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
        return weights(campId);
    }
}
