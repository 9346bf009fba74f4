package org.campfair.roster.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.campfair.roster.model.Volunteer;
import org.springframework.stereotype.Component;

/**
 * Every camp's volunteers as facts ({@link RosterProblemLoader#everyone}), kept in memory while
 * nobody of the camp comes, goes or is edited ({@link RosterProblemLoader#volunteersStamp}, one
 * small query). A seat take needs all of them, for the fairness of everyone's load, but reads
 * afresh only the few people it concerns; reading and building all 750 of the L camp on each take
 * of a rush cost more than the rest of its read. Volunteers are immutable, so takes on different
 * threads share them.
 */
@Component
class CampVolunteers {

    private record Kept(String stamp, List<Volunteer> volunteers, Set<Long> ids) {
    }

    private final RosterProblemLoader loader;
    private final ConcurrentHashMap<Long, Kept> camps = new ConcurrentHashMap<>();

    CampVolunteers(RosterProblemLoader loader) {
        this.loader = loader;
    }

    /**
     * The camp's volunteers as they are now, including {@code needed}; read again when any of
     * them changed since they were kept, or one of {@code needed} is new.
     */
    List<Volunteer> of(long campId, Set<Long> needed) {
        String stamp = loader.volunteersStamp(campId);
        Kept kept = camps.get(campId);
        if (kept == null || !kept.stamp().equals(stamp) || !kept.ids().containsAll(needed)) {
            var volunteers = List.copyOf(loader.everyone(campId));
            kept = new Kept(stamp, volunteers,
                    Set.copyOf(volunteers.stream().map(Volunteer::getId).toList()));
            camps.put(campId, kept);
        }
        return kept.volunteers();
    }
}
