package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.campfair.roster.model.Preferences;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Liked and disliked tasks, buddies and people to keep apart from, per participant, as the solver reads them. */
final class VolunteerPreferences {

    private VolunteerPreferences() {
    }

    /** The wishes of the camp's participants, or of {@code people} alone when given; those without any are absent. */
    static Map<Long, Preferences> of(JdbcClient jdbc, long campId, Long @Nullable [] people) {
        Map<Long, Rows> rows = new HashMap<>();
        jdbc.sql("""
                select f.participant_id, f.task_id, f.preference from task_preference f
                join participant p on p.id = f.participant_id where p.camp_id = ?"""
                + (people == null ? "" : " and f.participant_id = any (?)"))
                .params(RosterProblemLoader.params(campId, people))
                .query((ResultSet rs) -> {
                    var of = rows.computeIfAbsent(rs.getLong("participant_id"), id -> new Rows());
                    (rs.getString("preference").equals("LIKE") ? of.liked : of.disliked).add(rs.getLong("task_id"));
                });
        jdbc.sql("""
                select r.participant_id, r.other_id, r.kind from participant_request r
                join participant p on p.id = r.participant_id where p.camp_id = ?"""
                + (people == null ? "" : " and r.participant_id = any (?)"))
                .params(RosterProblemLoader.params(campId, people))
                .query((ResultSet rs) -> {
                    var of = rows.computeIfAbsent(rs.getLong("participant_id"), id -> new Rows());
                    (rs.getString("kind").equals("BUDDY") ? of.buddies : of.avoid).add(rs.getLong("other_id"));
                });
        Map<Long, Preferences> preferences = new HashMap<>();
        rows.forEach((id, of) -> preferences.put(id, new Preferences(of.liked, of.disliked, of.buddies, of.avoid)));
        return preferences;
    }

    private static final class Rows {
        final Set<Long> liked = new HashSet<>();
        final Set<Long> disliked = new HashSet<>();
        final Set<Long> buddies = new HashSet<>();
        final Set<Long> avoid = new HashSet<>();
    }
}
