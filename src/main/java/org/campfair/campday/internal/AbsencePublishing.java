package org.campfair.campday.internal;

import java.util.List;
import org.campfair.roster.RosterChange;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterSolved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the re-plan of a "not today" by itself when its camp allows that and the re-plan
 * changes no other person's day: every change since the last publication is a seat the absent
 * person leaves (or takes back) and no bed moves. Anything else waits for an organizer in the
 * Changes tab. Runs on the solver's thread once the camp is idle, as the app's own work.
 */
@Component
class AbsencePublishing {

    private static final Logger log = LoggerFactory.getLogger(AbsencePublishing.class);

    private final NotTodayStore store;
    private final RosterService rosters;

    AbsencePublishing(NotTodayStore store, RosterService rosters) {
        this.store = store;
        this.rosters = rosters;
    }

    @EventListener
    public void onSolved(RosterSolved solved) {
        var participant = store.replanFor(solved.jobId());
        if (participant.isEmpty() || !store.publishesAlone(solved.campId())) {
            return;
        }
        var changes = rosters.changesSincePublication(solved.campId());
        if (onlyTheirDayChanges(changes, store.nickname(participant.get()))) {
            rosters.publish(solved.campId());
            log.info("Published the absence re-plan of camp {} (job {}) by itself", solved.campId(), solved.jobId());
        }
    }

    /** Something changed, and only seats the absent person leaves or takes back (nicknames are unique per camp). */
    static boolean onlyTheirDayChanges(List<RosterChange> changes, String nickname) {
        return !changes.isEmpty() && changes.stream().allMatch(change -> change.kind() == RosterChange.Kind.SEAT
                && (change.before() == null || change.before().equals(nickname))
                && (change.after() == null || change.after().equals(nickname)));
    }
}
