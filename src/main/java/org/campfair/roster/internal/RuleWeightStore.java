package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import org.campfair.camp.CampCopied;
import org.campfair.roster.solver.RosterWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A camp's own weights for the roster's soft rules ({@code camp_constraint_weight}). Only
 * weights that differ from the default are stored, so a camp follows later changes of a
 * default it never touched.
 */
@Component
public class RuleWeightStore {

    private static final Logger log = LoggerFactory.getLogger(RuleWeightStore.class);

    private final JdbcClient jdbc;

    RuleWeightStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The camp's weights that differ from the defaults; a key the code no longer knows is skipped, not fatal. */
    public Map<RosterWeights, Long> load(long campId) {
        Map<RosterWeights, Long> weights = new EnumMap<>(RosterWeights.class);
        jdbc.sql("select constraint_name, weight from camp_constraint_weight where camp_id = ?")
                .param(campId)
                .query((ResultSet rs) -> {
                    String key = rs.getString("constraint_name");
                    long weight = rs.getLong("weight");
                    RosterWeights.byKey(key).ifPresentOrElse(known -> weights.put(known, weight),
                            () -> log.warn("Camp {} has a weight for {}, which is not a soft roster "
                                    + "constraint; it is ignored", campId, key));
                });
        return weights;
    }

    /** Replaces the camp's weights with these; the caller's transaction makes it all or nothing. */
    public void replace(long campId, Map<RosterWeights, Long> weights) {
        jdbc.sql("delete from camp_constraint_weight where camp_id = ?").param(campId).update();
        weights.forEach((rule, weight) -> {
            if (weight != rule.defaultWeight()) {
                jdbc.sql("insert into camp_constraint_weight (camp_id, constraint_name, weight) values (?, ?, ?)")
                        .params(campId, rule.name(), weight).update();
            }
        });
    }

    /** Next year's camp, started from this one, keeps the organizers' priorities (in the copy's transaction). */
    @EventListener
    void copy(CampCopied copied) {
        jdbc.sql("""
                insert into camp_constraint_weight (camp_id, constraint_name, weight)
                select ?, constraint_name, weight from camp_constraint_weight where camp_id = ?""")
                .params(copied.newCampId(), copied.templateCampId()).update();
    }
}
